<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+38"/>
        <source>Adjust points</source>
        <translation>Pontok módosítása</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has %2 points. Type the points to add (or a minus to take away) and why; it is recorded with your name.</source>
        <translation>%1 egyenlege %2 pont. Írja be a jóváírandó pontokat (levonáshoz mínusszal) és az okát; a nevével együtt rögzítjük.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust (Enter)</source>
        <translation>Módosítás (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. points of a receipt scanned without the card</source>
        <translation>pl. kártya nélkül beolvasott nyugta pontjai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type how many points to add, or a minus to take some away.</source>
        <translation>Írja be, hány pontot ad hozzá, vagy mínusszal, mennyit von le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why, so the owner can check it later.</source>
        <translation>Írja be az okát, hogy a tulajdonos később ellenőrizhesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have only %1 points; a correction can&apos;t take away more.</source>
        <translation>Csak %1 pontja van; a módosítás ennél többet nem vonhat le.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="+21"/>
        <source>Owner approval</source>
        <translation>Tulajdonosi jóváhagyás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs the owner. Ask the owner to type their PIN.</source>
        <translation>%1 a tulajdonost igényli. Kérje meg a tulajdonost, hogy írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager approval</source>
        <translation>Vezetői jóváhagyás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a manager. Ask a manager or the owner to type their PIN.</source>
        <translation>%1 vezetői jóváhagyást igényel. Kérje meg a vezetőt vagy a tulajdonost, hogy írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested by %1</source>
        <translation>Kérte: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manager can try the PIN again.</source>
        <translation>A vezető újra megpróbálhatja a PIN-kódot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN-kód 4–8 számjegyből áll.</translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message>
        <location filename="../../ui/backoffice_automations.py" line="+67"/>
        <source>Save rules</source>
        <translation>Szabályok mentése</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On</source>
        <translation>Bekapcsolva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% off</source>
        <translation>% kedvezmény</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>összegkedvezmény</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Birthday reward</source>
        <translation>Születésnapi jutalom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days before the birthday</source>
        <translation>Nappal a születésnap előtt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty programme&apos;s birthday reward (points or a coupon), given early so the greeting can say so; never twice in a year.</source>
        <translation>A hűségprogram születésnapi jutalma (pontok vagy kupon), előre megadva, hogy a köszöntő említhesse; egy évben sosem kétszer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A regular is slipping away</source>
        <translation>Egy törzsvásárló elmaradóban</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Coupon</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Valid for (days)</source>
        <translation>Érvényes (nap)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Thank you at a visit</source>
        <translation>Köszönet egy látogatáskor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At visit number</source>
        <translation>Hányadik látogatáskor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the coupon&apos;s value as a number: 10 for 10 % off, or the amount off.</source>
        <translation>A kupon értékét számmal írja be: 10 a 10 % kedvezményhez, vagy a kedvezmény összegét.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rules saved. Those that are on run when a shift opens, when the back office opens, and on &quot;Run now&quot;.</source>
        <translation>A szabályok mentve. A bekapcsoltak műszaknyitáskor, a háttériroda megnyitásakor és a „Futtatás most” gombra futnak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the automations did</source>
        <translation>Mit tettek az automatizmusok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run now</source>
        <translation>Futtatás most</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Szabály</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Adott</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Érvényes eddig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be told by</source>
        <translation>Értesíthető</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <source>Contact list</source>
        <translation>Kapcsolati lista</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Export CSV…</source>
        <translation>CSV exportálása…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>Üzenetküldő alkalmazások</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away</source>
        <translation>Elmaradóban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you</source>
        <translation>Köszönet</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n pont</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 % off</source>
        <translation>%1 % kedvezményes kupon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 off</source>
        <translation>%1 kedvezményes kupon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no consent</source>
        <translation>nincs hozzájárulás</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running…</source>
        <translation>Fut…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reward(s) given now; nothing is given twice.</source>
        <translation>
            <numerusform>Most %n jutalom ment ki; semmi sem megy ki kétszer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %1: %2</source>
        <translation>Nem sikerült írni: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n kapcsolat kiírva ide: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>(%n kimaradt: nincs hozzájárulás ehhez a csatornához, vagy nincs elérhetőség).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/back_office.py" line="+39"/>
        <source>Catalogue</source>
        <translation>Termékkatalógus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>Importálás és exportálás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Kimutatások</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Vásárlók</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulars and birthdays</source>
        <translation>Törzsvásárlók és születésnapok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Személyzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>Bolt beállításai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports for the accountant</source>
        <translation>Exportok a könyvelőnek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal register</source>
        <translation>Online pénztárgép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Biztonsági mentések</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampányok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>Automatizmusok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback and follow-ups</source>
        <translation>Visszajelzések és teendők</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
</context>
<context>
    <name>BackOfficeForm</name>
    <message>
        <location filename="../../ui/backoffice_form.py" line="+83"/>
        <source>This can&apos;t be left empty.</source>
        <translation>Ez nem maradhat üresen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid tax id for %1: check the digits, or leave it empty.</source>
        <translation>Ez nem érvényes adószám (%1): ellenőrizze a számjegyeket, vagy hagyja üresen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a percent from 0 to 100, like 10 or 12,5.</source>
        <translation>Írjon be egy 0 és 100 közötti százalékot, pl. 10 vagy 12,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number above zero.</source>
        <translation>Írjon be nullánál nagyobb számot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 0 or a whole number above it.</source>
        <translation>Írjon be 0-t vagy annál nagyobb egész számot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the receipt languages.</source>
        <translation>Válasszon egyet a nyugta nyelvei közül.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix is two digits from 20 to 29 (or 02); separate them with spaces.</source>
        <translation>Az előtag két számjegy 20 és 29 között (vagy 02); szóközzel válassza el őket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix can&apos;t be for weight and for price at once.</source>
        <translation>Egy előtag nem lehet egyszerre súlyé és áré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item code has 4 or 5 digits.</source>
        <translation>A cikkszám 4 vagy 5 számjegyű.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tier needs its own name, a spend of 0 or more and a rate above 0.</source>
        <translation>Minden szintnek saját név, legalább 0 költés és 0-nál nagyobb arány kell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount, like 20 or 12,50.</source>
        <translation>Írjon be egy összeget, pl. 20 vagy 12,50.</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/back_office.py" line="+28"/>
        <location line="+99"/>
        <source>Bottega – back office – %1</source>
        <translation>Bottega – háttériroda – %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Back office</source>
        <translation>Háttériroda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Vezető</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Tulajdonos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish to the other tills</source>
        <translation>Közzététel a többi pénztáron</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the till  Ctrl+B</source>
        <translation>Vissza a kasszához  Ctrl+B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out  Ctrl+Q</source>
        <translation>Kijelentkezés  Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+57"/>
        <source>Backups</source>
        <translation>Biztonsági mentések</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of all the shop&apos;s data (sales, customers, products, settings) in a folder you choose: a USB stick or a network folder, not this computer&apos;s own disk. Each copy is checked before it counts. Selling goes on while it is made.</source>
        <translation>Az üzlet minden adatának (eladások, vásárlók, termékek, beállítások) másolata egy választott mappában: pendrive-on vagy hálózati mappában, nem a számítógép saját lemezén. Minden másolatot ellenőrzünk, mielőtt érvényes. Mentés közben is lehet eladni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups in the folder</source>
        <translation>Mentések a mappában</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from another file…</source>
        <translation>Visszaállítás másik fájlból…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation>Ennek a mentésnek a visszaállítása…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the owner can restore a backup.</source>
        <translation>Mentést csak a tulajdonos állíthat vissza.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last good backup</source>
        <translation>Utolsó sikeres mentés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up now</source>
        <translation>Biztonsági mentés most</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 receipts · %3
%4</source>
        <translation>%1 · %2 nyugta · %3
%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>Még nincs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are off: choose a folder and press Save.</source>
        <translation>A biztonsági mentés ki van kapcsolva: válasszon mappát, és nyomja meg a Beállítások mentése gombot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup has been made yet: press Back up now.</source>
        <translation>Még nem készült biztonsági mentés: nyomja meg a Biztonsági mentés most gombot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last good backup is more than a day old.</source>
        <translation>Az utolsó sikeres mentés egy napnál régebbi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last backup failed: %1</source>
        <translation>Az utolsó mentés nem sikerült: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up… selling goes on.</source>
        <translation>Mentés folyamatban… az eladás folytatódhat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up and checked: %1</source>
        <translation>Mentve és ellenőrizve: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where and when</source>
        <translation>Hová és mikor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A USB stick or a network folder</source>
        <translation>Pendrive vagy hálózati mappa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Megtart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups of this till</source>
        <translation> mentést erről a kasszáról</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day (the first start of the day, and at midnight while open)</source>
        <translation>Naponta (a nap első indításakor, és éjfélkor, ha fut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a shift is closed</source>
        <translation>Műszak zárásakor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Beállítások mentése</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for backups</source>
        <translation>Mappa a mentésekhez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no folder %1. Plug in the stick or choose another folder.</source>
        <translation>Nincs %1 mappa. Csatlakoztassa a pendrive-ot, vagy válasszon másik mappát.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made at</source>
        <translation>Készült</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop · till</source>
        <translation>Üzlet · kassza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last receipt</source>
        <translation>Utolsó nyugta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Nyugták</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Vásárlók</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Méret</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not a readable backup</source>
        <translation>Nem olvasható mentés</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>Visszaállítandó mentés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottega backups (*.db)</source>
        <translation>Bottega mentések (*.db)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored</source>
        <translation>Visszaállítva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s data now comes from the backup made %1. The data as it was is kept in %2.

Bottega closes now: start it again and sign in.</source>
        <translation>Az üzlet adatai most a(z) %1 időpontban készült mentésből származnak. A korábbi adatok itt maradtak meg: %2.

A Bottega most bezárul: indítsa el újra, és jelentkezzen be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Bottega (Enter)</source>
        <translation>Bottega bezárása (Enter)</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/backoffice_campaigns.py" line="+53"/>
        <source>Campaigns</source>
        <translation>Kampányok</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New campaign</source>
        <translation>Új kampány</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We miss you</source>
        <translation>Hiányzol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Szegmens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer A</source>
        <translation>A ajánlat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer B</source>
        <translation>B ajánlat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid</source>
        <translation>Érvényes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment is split at random, once: A, B and a control group that gets nothing, so the results show what the offer itself changed.</source>
        <translation>A szegmenst egyszer, véletlenszerűen osztjuk fel: A, B és egy kontrollcsoport, amely semmit sem kap, így az eredmény azt mutatja, mit változtatott maga az ajánlat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create campaign</source>
        <translation>Kampány létrehozása</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% off</source>
        <translation>% kedvezmény</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>összegkedvezmény</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regulars slipping away</source>
        <translation>Elmaradó törzsvásárlók</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champions</source>
        <translation>Bajnokok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Hűségesek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Újak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>Ígéretesek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>Veszélyeztetettek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away (RFM)</source>
        <translation>Elmaradóban (RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Elveszettek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting…</source>
        <translation>Számolás…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) today</source>
        <translation>
            <numerusform>ma %n vásárló</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type each offer as a number: 10 for 10 % off, or the amount off.</source>
        <translation>Minden ajánlatot számmal írjon be: 10 a 10 % kedvezményhez, vagy a kedvezmény összegét.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the groups and issuing the coupons…</source>
        <translation>Csoportok sorsolása és kuponok kiadása…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n résztvevő</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Csoport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Came back</source>
        <translation>Visszatértek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coupons used</source>
        <translation>Felhasznált kuponok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Bevétel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average basket</source>
        <translation>Átlagos kosár</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uplift</source>
        <translation>Többlet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Came back and bought during the offer, with its 95 % interval; the grey band is the control group&apos;s.</source>
        <translation>Visszatértek és vásároltak az ajánlat alatt, 95 %-os intervallummal; a szürke sáv a kontrollcsoporté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Contact list</source>
        <translation>Kapcsolati lista</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>Üzenetküldő alkalmazások</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV exportálása…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant %1</source>
        <translation>%1 változat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no offer</source>
        <translation>nincs ajánlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % off</source>
        <translation>%1 % kedvezmény</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off</source>
        <translation>%1 kedvezmény</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No campaign yet: make the first one on the left.</source>
        <translation>Még nincs kampány: hozza létre az elsőt bal oldalt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 per member</source>
        <translation>%1 résztvevőnként</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points
(%2 to %3)</source>
        <translation>%1 százalékpont
(%2 és %3 között)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: more customers came back than without an offer — the intervals are apart.</source>
        <translation>%1: több vásárló tért vissza, mint ajánlat nélkül — az intervallumok elkülönülnek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fewer customers came back than without an offer — the intervals are apart.</source>
        <translation>%1: kevesebb vásárló tért vissza, mint ajánlat nélkül — az intervallumok elkülönülnek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not enough data yet — its interval and the control group&apos;s overlap, so the difference may be chance.</source>
        <translation>%1: még nincs elég adat — intervalluma és a kontrollcsoporté átfedik egymást, a különbség lehet véletlen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>Nem sikerült írni: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n kapcsolat kiírva ide: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>(%n kimaradt: nincs hozzájárulás ehhez a csatornához, vagy nincs elérhetőség).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+28"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Menny.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Kedvezmény</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../ui/cash_dialog.py" line="+17"/>
        <source>Cash in / out</source>
        <translation>Befizetés / kifizetés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record (Enter)</source>
        <translation>Rögzítés (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash in  (F1)</source>
        <translation>Befizetés  (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out  (F2)</source>
        <translation>Kifizetés  (F2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type why</source>
        <translation>Válassza ki vagy írja be az okát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drawer should hold %1 now.</source>
        <translation>Most %1 kell legyen a fiókban.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change added</source>
        <translation>Váltópénz feltöltése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change from the safe</source>
        <translation>Váltópénz a széfből</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Korrekció</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Supplier paid</source>
        <translation>Szállító kifizetése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takings to the bank</source>
        <translation>Bevétel a bankba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the safe</source>
        <translation>Széfbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop expenses</source>
        <translation>Bolti kiadások</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Put in the drawer (Enter)</source>
        <translation>Fiókba tesz (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take out (Enter)</source>
        <translation>Kivesz (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the amount put in or taken out; it can&apos;t be 0.</source>
        <translation>Írja be a betett vagy kivett összeget; nem lehet 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type a reason: it goes in the shift report and the audit log.</source>
        <translation>Válasszon vagy írjon be egy okot: bekerül a műszakjelentésbe és a naplóba.</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+124"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Szín</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour (#rrggbb)</source>
        <translation>Szín (#rrggbb)</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift_dialog.py" line="+20"/>
        <source>Close the shift</source>
        <translation>Pénztárzárás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count all the cash in the drawer and type the total. The Z report is final: after it, this till needs a new shift to sell.</source>
        <translation>Számolja meg a fiókban lévő összes készpénzt, és írja be a végösszeget. A Z-jelentés végleges: utána ez a pénztár csak új műszakban értékesíthet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close shift (Enter)</source>
        <translation>Pénztárzárás (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cash counted</source>
        <translation>Megszámolt készpénz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected: %1</source>
        <translation>Várható: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Matches the drawer ✓</source>
        <translation>Egyezik a fiókkal ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by %1</source>
        <translation>Hiány: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over by %1</source>
        <translation>Többlet: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The drawer is %1 short. Count again, or press Enter again to close the shift anyway.</source>
        <translation>A fiókból %1 hiányzik. Számolja újra, vagy a zárás folytatásához nyomja meg újra az Enter billentyűt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is %1 over. Count again, or press Enter again to close the shift anyway.</source>
        <translation>A fiókban %1 többlet van. Számolja újra, vagy a zárás folytatásához nyomja meg újra az Enter billentyűt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shift closed</source>
        <translation>Műszak lezárva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report no. %1 is stored. Press Enter to sign out of the till.</source>
        <translation>Z-jelentés elmentve (sorszám: %1). A kijelentkezéshez nyomja meg az Enter billentyűt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done (Enter)</source>
        <translation>Kész (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="+14"/>
        <source>Customer fields</source>
        <translation>Ügyfélmezők</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields of your own on every customer card, e.g. “Dog&apos;s name” or “Preferred cut”. For a list, type its choices separated by commas.</source>
        <translation>Saját mezők minden ügyfélkártyán, pl. „A kutya neve” vagy „Kedvenc szelet”. Listánál írja be a választási lehetőségeket vesszővel elválasztva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Felirat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Fajta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Választások</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a field</source>
        <translation>Mező hozzáadása</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text</source>
        <translation>Szöveg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of a list</source>
        <translation>Egy a listából</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+72"/>
        <source>Every field needs a label.</source>
        <translation>Minden mezőnek kell felirat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is there twice.</source>
        <translation>„%1” kétszer szerepel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has no kind.</source>
        <translation>„%1” fajtája nincs megadva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a list: type its choices, separated by commas.</source>
        <translation>„%1” lista: írja be a választásokat vesszővel elválasztva.</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+56"/>
        <source>%1: details saved.</source>
        <translation>%1: adatok mentve.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 put aside for %2.</source>
        <translation>%1 félretéve erre a napra: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the loyalty card</source>
        <translation>Törzsvásárlói kártya mentése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>Could not save %1: %2</source>
        <translation>Nem sikerült menteni: %1: %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Card %1 saved to %2: print it on card stock at actual size.</source>
        <translation>A(z) %1 kártya mentve ide: %2. Nyomtassa kartonra, valós méretben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card %1 will stop working at once. Then save the new card to print it.</source>
        <translation>A(z) %1 kártya azonnal érvénytelen lesz. Utána mentse el az új kártyát a nyomtatáshoz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no card yet. Save their first card to print it.</source>
        <translation>%1 még nem kapott kártyát. Mentse el az első kártyáját a nyomtatáshoz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace a lost card</source>
        <translation>Elveszett kártya pótlása</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace (Enter)</source>
        <translation>Csere (Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 points recorded for %2.</source>
        <translation>%1 pont rögzítve: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note saved for %1.</source>
        <translation>Jegyzet mentve: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the customer&apos;s data</source>
        <translation>A vásárló adatainak mentése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their data is in %1 and, to read, %2.</source>
        <translation>Az adatai itt vannak: %1, olvasható formában: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>A visszáru a nyugta vevőjéhez tartozik. Először fejezze be vagy szakítsa meg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, e-mail, birthday, notes and consents of %1 are removed and their card stops working. Receipts, VAT and points stay, under an anonymous number. This can&apos;t be undone.</source>
        <translation>%1 neve, telefonszáma, e-mail-címe, születésnapja, megjegyzései és hozzájárulásai törlődnek, a kártyája érvénytelen lesz. A nyugták, az ÁFA és a pontok névtelen azonosítóval megmaradnak. Ez nem vonható vissza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this customer</source>
        <translation>Vásárló törlése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase (Enter)</source>
        <translation>Törlés (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 still has goods put aside: pick them up or cancel the reservation, then erase.</source>
        <translation>%1 részére még van félretett áru: adja át vagy mondja le a foglalást, aztán törölje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was erased; their receipts and points stay without a name.</source>
        <translation>%1 törölve; a nyugták és a pontok név nélkül megmaradnak.</translation>
    </message>
</context>
<context>
    <name>CustomerArea</name>
    <message>
        <location filename="../../ui/customer_area.py" line="+43"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>A visszáru a nyugta vevőjéhez tartozik. Először fejezze be vagy szakítsa meg.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome, %1: registered and attached to this sale.</source>
        <translation>Üdvözöljük, %1: regisztrálva és hozzárendelve ehhez a vásárláshoz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attached to this sale.</source>
        <translation>%1 hozzárendelve ehhez a vásárláshoz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happy birthday! Their birthday gift has been added.</source>
        <translation>Boldog születésnapot! A születésnapi ajándék hozzáadva.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer removed from this sale.</source>
        <translation>Vevő eltávolítva a vásárlásból.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan the items first, then the coupon.</source>
        <translation>Előbb olvassa be a termékeket, utána a kupont.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupon %1 applied.</source>
        <translation>%1 kupon beváltva.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finish, park or cancel this sale before a return.</source>
        <translation>Visszáru előtt fejezze be, tegye félre vagy sztornózza ezt a vásárlást.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan or add the items to put aside, then press Reserve.</source>
        <translation>Olvassa be vagy adja hozzá a lefoglalandó termékeket, majd nyomja meg a Foglalás gombot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put aside until %1.</source>
        <translation>Lefoglalva eddig: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit taken: %1.</source>
        <translation>Előleg felvéve: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish this sale or refund before a pickup.</source>
        <translation>Átvétel előtt fejezze be ezt a vásárlást vagy visszárut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reservation on the sale: check the weights, then F12. The deposit is already counted.</source>
        <translation>A foglalás a vásárlásba került: ellenőrizze a tömegeket, majd F12. Az előleg már be van számítva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale in progress was parked (F8 recalls it).</source>
        <translation>A folyamatban lévő vásárlás félre lett téve (F8 visszahívja).</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="+135"/>
        <source>Remove ✕</source>
        <translation>Eltávolítás ✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the sale without this customer</source>
        <translation>A vásárlás folytatása e vevő nélkül</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit details and consents…</source>
        <translation>Adatok és hozzájárulások szerkesztése…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details and consents, loyalty card, points correction, data export or erasure</source>
        <translation>Adatok és hozzájárulások, törzsvásárlói kártya, pontmódosítás, adatexport vagy törlés</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Receipts</source>
        <translation>Nyugták</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved</source>
        <translation>Foglalások</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Birthday %1</source>
        <translation>Születésnap: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points · %2</source>
        <translation>%1 pont · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime points: %1 · spent in the last 12 months: %2</source>
        <translation>Összes pont: %1 · költés az elmúlt 12 hónapban: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>card %1</source>
        <translation>kártya: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No phone or e-mail</source>
        <translation>Nincs telefonszám vagy e-mail</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Put their usual aside</source>
        <translation>A szokásos félretétele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print loyalty card</source>
        <translation>Törzsvásárlói kártya nyomtatása</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace a lost card</source>
        <translation>Elveszett kártya pótlása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust points…</source>
        <translation>Pontok módosítása…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a note (complaint, praise, request)…</source>
        <translation>Jegyzet (panasz, dicséret, kérés)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export their data (JSON + PDF)…</source>
        <translation>Adatok exportálása (JSON + PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this customer…</source>
        <translation>Vásárló törlése…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More ▾</source>
        <translation>Továbbiak ▾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use coupon</source>
        <translation>Kupon beváltása</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usually buys: %1</source>
        <translation>Gyakran vásárolja: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchases yet</source>
        <translation>Még nem vásárolt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usually buys %1 every ~%2 days, last %3 days ago</source>
        <translation>Általában %1 terméket vesz kb. %2 naponta, utoljára %3 napja</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts (%1)</source>
        <translation>Nyugták (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>messaging</source>
        <translation>üzenetküldő</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing: no consent given</source>
        <translation>Marketing: nincs hozzájárulás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by: %1</source>
        <translation>Marketing engedélyezve: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birthday gift: %1 points</source>
        <translation>Születésnapi ajándék: %1 pont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon %1: %2 off</source>
        <translation>Kupon %1: %2 kedvezmény</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First visit</source>
        <translation>Első látogatás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last visit %1</source>
        <translation>Utolsó látogatás: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reserved (%1)</source>
        <translation>Foglalások (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerReservations</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+142"/>
        <source>Pick up</source>
        <translation>Átvétel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve…</source>
        <translation>Foglalás…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the items of this sale aside for the customer</source>
        <translation>E vásárlás termékeinek lefoglalása a vevőnek</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../ui/customer_search.py" line="+43"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <location line="+21"/>
        <source>Customer</source>
        <translation>Vevő</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the phone number (any way, or its last digits), part of the name or the e-mail, or scan the loyalty card. Enter attaches the highlighted customer.</source>
        <translation>Írja be a telefonszámot (bárhogyan, vagy az utolsó számjegyeit), a név egy részét vagy az e-mailt, vagy olvassa be a törzsvásárlói kártyát. Az Enter a kijelölt vevőt rendeli hozzá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach (Enter)</source>
        <translation>Hozzárendel (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone, name, e-mail or card</source>
        <translation>Telefon, név, e-mail vagy kártya</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New customer (F4)</source>
        <translation>Új vevő (F4)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n vevő található</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1”. Press F4 to register them.</source>
        <translation>Nincs találat erre: „%1”. Új vevő felvétele: F4.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No customer matches “%1”. Check what was typed, or press F4 to register them.</source>
        <translation>Nincs találat erre: „%1”. Ellenőrizze a beírtakat, vagy vegye fel új vevőként (F4).</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/backoffice_customers.py" line="+55"/>
        <source>Last 90 days</source>
        <translation>Utolsó 90 nap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Utolsó 12 hónap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>Utolsó 10 év</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved segment</source>
        <translation>Mentett szegmens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value contains…</source>
        <translation>az érték tartalmazza…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <location line="+60"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>any</source>
        <translation>bármi</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>name or SKU</source>
        <translation>név vagy cikkszám</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>Címke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom field</source>
        <translation>Saját mező</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Tier</source>
        <translation>Szint</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Spent at least</source>
        <translation>Legalább ennyit költött</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits at least</source>
        <translation>Legalább ennyi látogatás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came in the last … days</source>
        <translation>Járt itt az utolsó … napban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen for … days</source>
        <translation>… napja nem járt itt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought product</source>
        <translation>Vásárolt termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought from category</source>
        <translation>Vásárolt ebből a kategóriából</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by</source>
        <translation>Marketing engedélyezve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday in</source>
        <translation>Születésnap hónapja</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone or e-mail</source>
        <translation>Telefon vagy e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>Költés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Látogatások</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>Utolsó látogatás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tag, e.g. restaurant</source>
        <translation>egy címke, pl. étterem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag to all listed</source>
        <translation>Címke mindenkinek a listán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag from all listed</source>
        <translation>Címke levétele mindenkiről</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save segment…</source>
        <translation>Szegmens mentése…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer fields…</source>
        <translation>Ügyfélmezők…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>A bolt történetének beolvasása…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history could not be read: %1</source>
        <translation>A történetet nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging apps</source>
        <translation>Üzenetküldő alkalmazások</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” is not an amount.</source>
        <translation>„%1” nem összeg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 customers · %2 of takings</source>
        <translation>%1 ügyfél · a bevétel %2-a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers · %2 spent · %3 of takings</source>
        <translation>%1 ügyfél · %2 költés · a bevétel %3-a</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the tag first.</source>
        <translation>Előbb írja be a címkét.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers changed.</source>
        <translation>%1 ügyfél módosult.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save segment</source>
        <translation>Szegmens mentése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the segment</source>
        <translation>A szegmens neve</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="+96"/>
        <source>Above %1 a manager&apos;s PIN is needed. Empty removes the discount.</source>
        <translation>%1 felett vezetői PIN-kód kell. Üresen hagyva a kedvezmény törlődik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent %</source>
        <translation>Százalék %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
</context>
<context>
    <name>DueFollowUpsDialog</name>
    <message>
        <location filename="../../ui/follow_ups_dialog.py" line="+14"/>
        <source>Your follow-ups for today</source>
        <translation>Mai teendői</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick one off when it is done; the rest wait for later.</source>
        <translation>Pipálja ki, amit elvégzett; a többi később is ráér.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue (Enter)</source>
        <translation>Tovább (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done ✓</source>
        <translation>Kész ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later (Esc)</source>
        <translation>Később (Esc)</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_edit.py" line="+25"/>
        <source>Customer details</source>
        <translation>Vásárló adatai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change what the customer tells you. Tick a consent only if they say yes; untick it if they withdraw it.</source>
        <translation>Módosítsa, amit a vásárló mond. Hozzájárulást csak akkor jelöljön be, ha igent mond; vegye ki, ha visszavonja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Enter)</source>
        <translation>Mentés (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comma between tags, e.g. restaurant, celiac</source>
        <translation>Címkék vesszővel elválasztva, pl. étterem, lisztérzékeny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Címkék</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>Üzenetküldő appok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing OK by</source>
        <translation>Marketing engedélyezve</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>YYYY-MM-DD</source>
        <translation>ÉÉÉÉ-HH-NN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>egy szám</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+8"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: „%2” nem szám.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a date. Type it like 2026-05-31.</source>
        <translation>%1: „%2” nem dátum. Így írja: 2026-05-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: „%2” nincs a választások között.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: too long (at most 200 characters).</source>
        <translation>%1: túl hosszú (legfeljebb 200 karakter).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit.py" line="+65"/>
        <source>“%1” is not a birthday. Type it like %2, or leave it empty.</source>
        <translation>„%1” nem születésnap. Így írja be: %2, vagy hagyja üresen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This phone number already belongs to %1.</source>
        <translation>Ez a telefonszám már %1 vásárlóé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail already belongs to %1.</source>
        <translation>Ez az e-mail-cím már %1 vásárlóé.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+59"/>
        <source>Exports for the accountant</source>
        <translation>Exportok a könyvelőnek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales journal, VAT per day and rate, payments, refunds, cash movements, discounts and the Z reports of a period, as spreadsheets, an Excel workbook and a PDF summary, in one new folder with a zip of them. Nothing is sent: you attach the zip to your e-mail.</source>
        <translation>Egy időszak értékesítési naplója, ÁFA naponként és kulcsonként, fizetések, visszáruk, pénzmozgások, kedvezmények és Z-zárások CSV-táblázatként, Excel-munkafüzetként és PDF-összesítőként, egy új mappában, zip-fájllal együtt. Semmi sem kerül elküldésre: a zip-et Ön csatolja az e-mailhez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>Ez a hónap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Előző hónap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the days</source>
        <translation>Napok kiválasztása</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Ettől</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Eddig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats</source>
        <translation>Formátumok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheets (CSV)</source>
        <translation>Táblázatok (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-munkafüzet (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary</source>
        <translation>PDF-összesítő</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save in</source>
        <translation>Mentés ide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>Mappa kiválasztása…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportálás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month for my accountant</source>
        <translation>A hónap a könyvelőnek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the folder</source>
        <translation>Mappa megnyitása</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+135"/>
        <source>Only the owner or a manager can export the shop&apos;s accounts.</source>
        <translation>Csak a tulajdonos vagy egy vezető exportálhatja az üzlet könyvelési adatait.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The sales journal and the refunds carry customer ids (personal data): keep the files safe. Every export is recorded.</source>
        <translation>Az értékesítési napló és a visszáruk vásárlói azonosítókat tartalmaznak (személyes adat): őrizze biztonságban a fájlokat. Minden exportot naplózunk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer ids are left out: only the owner&apos;s exports carry personal data. Every export is recorded.</source>
        <translation>A vásárlói azonosítók kimaradnak: csak a tulajdonos exportjai tartalmaznak személyes adatot. Minden exportot naplózunk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to save the exports</source>
        <translation>Hová mentsük az exportokat</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../ui/export_messages.py" line="+22"/>
        <source>The first day is after the last: change the dates.</source>
        <translation>Az első nap az utolsó után van: módosítsa a dátumokat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one format.</source>
        <translation>Válasszon legalább egy formátumot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write in %1: %2</source>
        <translation>Nem lehet írni ide: %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1 exportálása ide: %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Megszakítás…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written to %1: %2 files and a zip of them.</source>
        <translation>Kiírva ide: %1: %2 fájl és egy zip.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sales in this period: the files hold the column headers only.</source>
        <translation>Ebben az időszakban nem volt eladás: a fájlokban csak az oszlopfejlécek vannak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 receipts, %2 refunds, net takings %3, %4 Z reports.</source>
        <translation>%1 nyugta, %2 visszáru, nettó forgalom %3, %4 Z-zárás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1: net %2, VAT %3, gross %4</source>
        <translation>ÁFA %1: nettó %2, ÁFA %3, bruttó %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shifts are still open: their sales are in the files, their Z reports are not yet.</source>
        <translation>%1 műszak még nyitva van: az eladásaik a fájlokban vannak, a Z-zárásuk még nincs.</translation>
    </message>
    <message>
        <location filename="../../ui/export_messages.py" line="-7"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Megszakítva: semmi sem íródott ki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already holds files: choose another folder.</source>
        <translation>%1 már tartalmaz fájlokat: válasszon másik mappát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write in %1: %2. Choose another folder.</source>
        <translation>Nem lehet írni ide: %1: %2. Válasszon másik mappát.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date: write it like 2026-11-30.</source>
        <translation>„%1” nem dátum: így írja: 2026-11-30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an export format: choose among CSV, Excel and PDF.</source>
        <translation>„%1” nem exportformátum: válasszon a CSV, Excel és PDF közül.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+11"/>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>Az exportálás nem sikerült: %1. Semmi sem íródott ki.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/backoffice_feedback.py" line="+32"/>
        <source>Feedback and follow-ups</source>
        <translation>Visszajelzések és teendők</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers said at the tills and on their loyalty page, and what the team has promised to do about it.</source>
        <translation>Amit a vásárlók a pénztárnál és a hűségkártyájuk oldalán mondtak, és amit a csapat megígért, hogy megtesz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Teendők</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By product</source>
        <translation>Termékenként</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Megoldva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Mind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every kind</source>
        <translation>Minden típus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New note…</source>
        <translation>Új jegyzet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Megoldva</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Jegyzet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>From</source>
        <translation>Ki írta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note saved.</source>
        <translation>Jegyzet mentve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a note in the list, then Resolve.</source>
        <translation>Válasszon jegyzetet a listából, majd nyomja meg: Megoldva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved.</source>
        <translation>Megoldva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone&apos;s open follow-ups, soonest due first. Each person also sees theirs when they sign in.</source>
        <translation>Mindenki nyitott teendői, a legsürgősebb elöl. Mindenki a sajátjait bejelentkezéskor is látja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Elvégezve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Fontosság</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Kérte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a follow-up in the list, then Mark done.</source>
        <translation>Válasszon teendőt a listából, majd nyomja meg: Elvégezve.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complaints</source>
        <translation>Panaszok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>Visszavételek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said</source>
        <translation>Mit mondtak</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complaint</source>
        <translation>Panasz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (%1)</source>
        <translation>Visszavéve (%1)</translation>
    </message>
</context>
<context>
    <name>FiscalLink</name>
    <message>
        <location filename="../../ui/fiscal_link.py" line="+37"/>
        <source>RT daily closure %1 done.</source>
        <translation>RT napi zárás %1 kész.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RT daily closure not done yet: %1.</source>
        <translation>Az RT napi zárása még nem történt meg: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1: the RT&apos;s counters moved unexpectedly. Check the RT&apos;s last slip before anything else.</source>
        <translation>%1 eladás: az RT számlálói váratlanul változtak. Először nézze meg az RT utolsó bizonylatát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 is NOT yet fiscal: %2. It will be sent again after asking the RT.</source>
        <translation>A(z) %1 eladás még NEM fiskális: %2. Az RT lekérdezése után újra elküldjük.</translation>
    </message>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="+23"/>
        <source>RT not reachable</source>
        <translation>Az RT nem érhető el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT did not answer</source>
        <translation>Az RT nem válaszolt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper or cover open</source>
        <translation>Az RT-ből kifogyott a papír vagy nyitva a fedele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper</source>
        <translation>Az RT-ből kifogyott a papír</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT cover open</source>
        <translation>Az RT fedele nyitva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT busy</source>
        <translation>Az RT foglalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier sale is being checked with the RT</source>
        <translation>egy korábbi eladást ellenőrzünk az RT-vel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day&apos;s sales must reach the RT before its closure</source>
        <translation>a nap eladásainak a zárás előtt el kell jutniuk az RT-hez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the original slip&apos;s reference for this return</source>
        <translation>írja be az eredeti bizonylat hivatkozását ehhez a visszárhoz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VAT rate has no RT department</source>
        <translation>egy ÁFA-kulcshoz nincs RT-gyűjtő</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no RT set up</source>
        <translation>nincs beállított RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT error %1</source>
        <translation>RT-hiba: %1</translation>
    </message>
</context>
<context>
    <name>FiscalPage</name>
    <message>
        <location filename="../../ui/backoffice_fiscal.py" line="+39"/>
        <source>Fiscal register (RT)</source>
        <translation>Online pénztárgép (RT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (receipts are not fiscal documents)</source>
        <translation>Nincs (a nyugták nem adóügyi bizonylatok)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epson FP-81 II RT / FP-90III</source>
        <translation>Epson FP-81 II RT / FP-90III</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom RT (sales and voids; returns not yet)</source>
        <translation>Custom RT (eladás és sztornó; visszáru még nem)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RT&apos;s IP address, e.g. 192.168.1.50</source>
        <translation>Az RT IP-címe, pl. 192.168.1.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the RT by Test connection (Custom: type it)</source>
        <translation>A Kapcsolat tesztelése kiolvassa az RT-ből (Custom: írja be)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT serial</source>
        <translation>RT gyári szám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round cash totals to 5 cents</source>
        <translation>Készpénzes végösszeg kerekítése 5 centre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the RT&apos;s daily closure (Z) when the shift closes</source>
        <translation>Az RT napi zárása (Z) a műszak zárásakor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT rate</source>
        <translation>ÁFA-kulcs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT department</source>
        <translation>RT-gyűjtő</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Kapcsolat tesztelése</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents the RT has not confirmed</source>
        <translation>Az RT által még nem megerősített bizonylatok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original slip: zzzz nnnn ddmmyyyy serial</source>
        <translation>Eredeti bizonylat: zzzz nnnn nnhhéééé gyári szám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for the selected return</source>
        <translation>A kijelölt visszáruhoz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RT printed nothing: send again</source>
        <translation>Az RT nem nyomtatott semmit: újraküldés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last daily closure: Bottega and the RT</source>
        <translation>Utolsó napi zárás: Bottega és az RT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate or payment</source>
        <translation>Kulcs vagy fizetés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega</source>
        <translation>Bottega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Eltérés</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/messages.py" line="+147"/>
        <source>Type the RT&apos;s address (an IP address or host name, no spaces).</source>
        <translation>Írja be az RT címét (IP-cím vagy gépnév, szóköz nélkül).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Departments are numbers from 1 to 99.</source>
        <translation>A gyűjtők 1 és 99 közötti számok.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Choose a model.</source>
        <translation>Válasszon típust.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Mentve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the RT...</source>
        <translation>Az RT lekérdezése...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The RT did not answer (%1). Check its address, cable and power.</source>
        <translation>Az RT nem válaszolt (%1). Ellenőrizze a címet, a kábelt és a tápellátást.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready</source>
        <translation>kész</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation>nem kész: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT %1 answered: %2. Day closure no. %3, last document %4.</source>
        <translation>A(z) %1 RT válaszolt: %2. Napi zárás száma: %3, utolsó bizonylat: %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a return in the list first.</source>
        <translation>Előbb jelöljön ki egy visszárut a listában.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/messages.py" line="-6"/>
        <source>Type the reference as on the slip: closure, number, date, RT serial.</source>
        <translation>Írja be a hivatkozást a bizonylat szerint: zárás, sorszám, dátum, RT gyári szám.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference kept; the till sends the return within a minute.</source>
        <translation>Hivatkozás mentve; a pénztár egy percen belül elküldi a visszárut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a document marked &apos;check&apos; first.</source>
        <translation>Előbb jelöljön ki egy &apos;check&apos; jelű bizonylatot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electronic</source>
        <translation>Elektronikus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount paid</source>
        <translation>Fizetési kedvezmény</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid</source>
        <translation>Nem fizetett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounding</source>
        <translation>Kerekítés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1 %</source>
        <translation>ÁFA %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not confirmed by the RT: %1</source>
        <translation>Az RT által nem megerősítve: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/backoffice_import.py" line="+40"/>
        <source>%1 is missing</source>
        <translation>%1 hiányzik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 hosszabb %2 karakternél</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a control character</source>
        <translation>%1 vezérlőkaraktert tartalmaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is not an amount (write 3.50 or 3,50)</source>
        <translation>A(z) %1 ár nem összeg (írja így: 3.50 vagy 3,50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must not be negative</source>
        <translation>Az ár nem lehet negatív</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 has more decimals than the currency&apos;s %2</source>
        <translation>A(z) %1 árnak több tizedesjegye van, mint a pénznem %2 jegye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is more than the largest price, %2</source>
        <translation>A(z) %1 ár több a legnagyobb árnál (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 is not a percentage (22 for 22 %)</source>
        <translation>A(z) %1 ÁFA-kulcs nem százalék (22 a 22 %-hoz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 % is not one of the shop&apos;s rates (%2)</source>
        <translation>A(z) %1 % ÁFA-kulcs nem tartozik a bolt kulcsai közé (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit %1 is not one of %2</source>
        <translation>A(z) %1 mértékegység nem ezek egyike: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is not an EAN-8, UPC-A or EAN-13 (8, 12 or 13 digits)</source>
        <translation>A(z) %1 vonalkód nem EAN-8, UPC-A vagy EAN-13 (8, 12 vagy 13 számjegy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has 11 digits: did a spreadsheet drop a leading zero? Format the column as text</source>
        <translation>A(z) %1 vonalkód 11 jegyű: egy táblázatkezelő elhagyta a kezdő nullát? Formázza az oszlopot szövegként</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has a wrong check digit</source>
        <translation>A(z) %1 vonalkód ellenőrző számjegye hibás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 starts with %2, which the tills read as a scale label; give a weighed item a PLU instead</source>
        <translation>A(z) %1 vonalkód %2 kezdetű, amit a kasszák mérlegcímkének olvasnak; a mért árunak adjon PLU-t</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PLU %1 must be 1 to 10 digits</source>
        <translation>A(z) %1 PLU 1-10 számjegyből álljon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active %1 is not one of 1, 0, true, false, yes, no</source>
        <translation>active: %1 nem ezek egyike: 1, 0, true, false, yes, no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is also on line %2</source>
        <translation>A(z) %1 vonalkód a(z) %2. sorban is szerepel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 already belongs to SKU %2</source>
        <translation>A(z) %1 vonalkód már a(z) %2 cikkszámhoz tartozik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2 a(z) %3. sorban is szerepel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 already belongs to SKU %3</source>
        <translation>%1 %2 már a(z) %3 cikkszámhoz tartozik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote is opened and not closed on this line</source>
        <translation>Ebben a sorban egy idézőjel nincs lezárva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line is too long to be a product</source>
        <translation>A sor túl hosszú ahhoz, hogy termék legyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has more fields than the first line names</source>
        <translation>A sorban több mező van, mint amennyit az első sor megnevez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is %1 MB; an import takes at most %2 MB. Split it into smaller files.</source>
        <translation>A fájl %1 MB; egy importálás legfeljebb %2 MB-ot fogad. Ossza kisebb fájlokra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than %1 products. Split it into smaller files.</source>
        <translation>A fájlban több mint %1 termék van. Ossza kisebb fájlokra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an Excel workbook that can be read. Save it again as .xlsx or .csv.</source>
        <translation>Ez nem olvasható Excel-munkafüzet. Mentse újra .xlsx vagy .csv formátumban.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line must name the columns %1. Unknown: %2. Missing: %3.</source>
        <translation>Az első sornak meg kell neveznie a(z) %1 oszlopokat. Ismeretlen: %2. Hiányzik: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty or its first line does not name the columns %1.</source>
        <translation>A fájl üres, vagy az első sora nem nevezi meg a(z) %1 oszlopokat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1</source>
        <translation>A fájl nem olvasható: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1</source>
        <translation>Hiba történt: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>Sor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Eredmény</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason or product</source>
        <translation>Ok vagy termék</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected</source>
        <translation>elutasítva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>új</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>módosult</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>változatlan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import and export products</source>
        <translation>Termékek importálása és exportálása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel file whose first line names the columns sku, name, price, vat_rate, unit, barcode, plu, category, active (price like 3.50, vat_rate one of the shop&apos;s rates like 22, unit pc or kg). Nothing is written until you press Import.</source>
        <translation>CSV- vagy Excel-fájl, amelynek első sora megnevezi az oszlopokat: sku, name, price, vat_rate, unit, barcode, plu, category, active (price pl. 3.50, vat_rate a bolt egyik kulcsa, pl. 22, unit pc vagy kg). Semmi sem íródik be, amíg meg nem nyomja az Importálás gombot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file… (Ctrl+O)</source>
        <translation>Fájl választása… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export CSV…</source>
        <translation>CSV exportálása…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Excel exportálása…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+72"/>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Product file</source>
        <translation>Termékfájl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product files (*.csv *.xlsx *.txt)</source>
        <translation>Termékfájlok (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>%1 olvasása…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import %1 products</source>
        <translation>%1 termék importálása</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows are rejected (in red, with the reason). Import leaves them out; correct them in the file and import it again.</source>
        <translation>%1 sor elutasítva (pirossal, az okkal). Az importálás kihagyja őket; javítsa ki őket a fájlban, és importálja újra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>%1 új, %2 módosult, %3 változatlan, %4 elutasítva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook</source>
        <translation>Excel-munkafüzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>vesszők</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>pontosvesszők</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabulátorok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read as %1, columns separated by %2</source>
        <translation>%1 kódolással olvasva, az oszlopokat %2 választják el</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported: %1</source>
        <translation>Importálva: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the catalogue</source>
        <translation>A katalógus exportálása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 products saved to %2</source>
        <translation>%1 termék mentve ide: %2</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+38"/>
        <source>Loyalty programme</source>
        <translation>Hűségprogram</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Customers earn and redeem points</source>
        <translation>A vásárlók pontokat gyűjtenek és váltanak be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nobody earns points; the points customers have stay theirs.</source>
        <translation>Kikapcsolva: senki sem gyűjt pontot; a meglévő pontok megmaradnak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earn rate</source>
        <translation>Gyűjtési arány</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer earns one point for each time this amount is spent.</source>
        <translation>A vásárló ennyi költés után kap egy pontot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a point</source>
        <translation>Egy pont értéke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one point is worth when a customer pays with points.</source>
        <translation>Ennyit ér egy pont, ha a vásárló pontokkal fizet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Points (%)</source>
        <translation>Pontok (%)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No points</source>
        <translation>Nincs pont</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By category</source>
        <translation>Kategóriánként</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % earns the normal points, 200 % double; tick No points for what never earns.</source>
        <translation>100 % a szokásos pontot adja, 200 % a duplát; jelölje a Nincs pont oszlopot, ami sosem ad pontot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products without points</source>
        <translation>Pont nélküli termékek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product codes (SKU) that never earn points, e.g. tobacco, gift cards; separate with commas.</source>
        <translation>Termékkódok (SKU), amelyek sosem adnak pontot, pl. dohány, ajándékkártya; vesszővel válassza el őket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expire after</source>
        <translation>A pontok lejárnak</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Days after they were earned; 0 = points never expire.</source>
        <translation>Ennyi nappal a megszerzésük után; 0 = sosem járnak le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers</source>
        <translation>Szintek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending reaches a tier; a tier&apos;s rate multiplies the points earned (150 % = half again).</source>
        <translation>A költés szintet ér el; a szint aránya szorozza a pontokat (150 % = másfélszeres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spending over</source>
        <translation>Szinthez számított költés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier counts what the customer spent in this many days.</source>
        <translation>A szint az ennyi nap alatti költést veszi figyelembe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing</source>
        <translation>Semmi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A discount coupon</source>
        <translation>Kedvezménykupon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday reward</source>
        <translation>Születésnapi jutalom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given once in the customer&apos;s birthday week, the first time they shop.</source>
        <translation>A születésnap hetében egyszer jár, az első vásárláskor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday points</source>
        <translation>Születésnapi pontok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given when the reward is points.</source>
        <translation>Ennyi pont jár, ha a jutalom pont.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday coupon (%)</source>
        <translation>Születésnapi kupon (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coupon&apos;s discount when the reward is a coupon, valid that week.</source>
        <translation>A kupon kedvezménye, ha a jutalom kupon; azon a héten érvényes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>Szint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From spending</source>
        <translation>Költés ettől</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a tier</source>
        <translation>Szint hozzáadása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen tier</source>
        <translation>A kijelölt szint törlése</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="+21"/>
        <source>About %1.</source>
        <translation>Ügyfél: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback note</source>
        <translation>Vásárlói visszajelzés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note (Enter)</source>
        <translation>Jegyzet mentése (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What did the customer say?</source>
        <translation>Mit mondott a vásárló?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product (optional): type to find it</source>
        <translation>Termék (nem kötelező): gépeljen a kereséshez</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>No product</source>
        <translation>Nincs termék</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Follow up</source>
        <translation>Teendő</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do, e.g. call when the gluten-free bread arrives</source>
        <translation>Mi a teendő, pl. felhívni, ha megjön a gluténmentes kenyér</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Fontosság</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <location filename="../../ui/backoffice_nps.py" line="+51"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a visit, the customer&apos;s loyalty page asks once: how likely are you to recommend us, 0 to 10? Promoters answer 9-10, detractors 0-6; the score is % promoters minus % detractors, from -100 to 100. The bars are 95 % intervals: where two months&apos; bars overlap, the change may be chance.</source>
        <translation>Vásárlás után a hűségkártya oldala egyszer megkérdezi: mennyire valószínű, hogy ajánlana minket, 0-tól 10-ig? Az ajánlók 9-10-et adnak, a kritikusok 0-6-ot; a pontszám az ajánlók %-a mínusz a kritikusok %-a, -100 és 100 között. A vonalak 95 %-os intervallumok: ahol két hónapé átfedi egymást, a változás lehet véletlen is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the detractors wrote (each is an open note on the Feedback page)</source>
        <translation>Amit a kritikusok írtak (mindegyik nyitott jegyzet a Visszajelzések oldalon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promoters (9-10)</source>
        <translation>Ajánlók (9-10)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passives (7-8)</source>
        <translation>Semlegesek (7-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors (0-6)</source>
        <translation>Kritikusok (0-6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Válaszok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No answers yet. They come from the customers&apos; loyalty pages once the till is connected to the server.</source>
        <translation>Még nincs válasz. A vásárlók hűségkártya-oldaláról érkeznek, amint a pénztár csatlakozik a szerverhez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>95 % interval: %1 to %2</source>
        <translation>95 %-os intervallum: %1 és %2 között</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift_dialog.py" line="+15"/>
        <source>Open the shift</source>
        <translation>Műszaknyitás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer and type the total: it is the float this shift starts with.</source>
        <translation>Számolja meg a fiókban lévő készpénzt, és írja be a végösszeget: ez a műszak nyitó váltópénze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open shift (Enter)</source>
        <translation>Műszak nyitása (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cashier</source>
        <translation>Pénztáros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>Pénztár</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash in the drawer</source>
        <translation>Készpénz a fiókban</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignIn</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+29"/>
        <source>%1 changes are being published to the other tills.</source>
        <translation>%1 módosítás közzététele folyamatban a többi kasszán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the server to publish %1 catalogue and settings changes to the other tills.</source>
        <translation>Jelentkezzen be a szerverre, hogy %1 katalógus- és beállításmódosítást közzétegyen a többi kasszán.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_texts.py" line="+35"/>
        <source>The server does not know this name with this password.</source>
        <translation>A szerver nem ismeri ezt a nevet ezzel a jelszóval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong passwords: try again in %1 minutes.</source>
        <translation>Túl sok hibás jelszó: próbálja újra %1 perc múlva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop works on its own: there is no server to publish to.</source>
        <translation>Ez az üzlet önállóan működik: nincs szerver, ahová közzé lehetne tenni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Your changes stay here and wait; try again later.</source>
        <translation>A szerver nem érhető el. A módosítások itt maradnak és várnak; próbálja újra később.</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignInDialog</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+8"/>
        <source>Publish changes to the other tills</source>
        <translation>Módosítások közzététele a többi kasszán</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and publish</source>
        <translation>Bejelentkezés és közzététel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changes made here wait for the shop&apos;s server. Sign in with your name and password on the server to send them to every till.</source>
        <translation>%1 itt végzett módosítás várja az üzlet szerverét. Jelentkezzen be a szerveren használt nevével és jelszavával, hogy minden kasszára eljussanak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Jelszó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out of the server</source>
        <translation>Kijelentkezés a szerverről</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in as %1 until %2.</source>
        <translation>Bejelentkezve mint %1, %2-ig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name and password on the server.</source>
        <translation>Írja be a szerveren használt nevét és jelszavát.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+30"/>
        <source>Choose a sale and press Enter (or double-click it) to bring it back.</source>
        <translation>Válasszon ki egy vásárlást, és a visszahívásához nyomja meg az Enter billentyűt (vagy kattintson rá duplán).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale on screen is parked in its place.</source>
        <translation>A képernyőn lévő vásárlás a helyére kerül félre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked sales</source>
        <translation>Félretett vásárlások</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall (Enter)</source>
        <translation>Visszahívás (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale</source>
        <translation>Vásárlás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parked at</source>
        <translation>Félretéve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Ki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Tétel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sales are parked on this till.
Press F7 on the till to park one.</source>
        <translation>Ezen a pénztáron nincs félretett vásárlás.
A pénztárnál az F7 billentyűvel tehet félre egyet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That sale is no longer parked (recalled on another screen). Choose another.</source>
        <translation>Ez a vásárlás már nincs félretéve (egy másik képernyőn visszahívták). Válasszon másikat.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="+37"/>
        <source>Refund</source>
        <translation>Visszatérítés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Fizetés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pay back to the customer</source>
        <translation>Visszafizetés a vevőnek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Fizetendő</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amount received (empty = exact amount)</source>
        <translation>Kapott összeg (üres = pontos összeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lottery code (8 characters, card payments from 1 EUR)</source>
        <translation>Sorsolási kód (8 karakter, kártyás fizetés 1 EUR-tól)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to sale (Esc)</source>
        <translation>Vissza a vásárláshoz (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card (F8)</source>
        <translation>Kártya (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash (Enter)</source>
        <translation>Készpénz (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points (F6)</source>
        <translation>Pontok (F6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points pay up to the balance this till knows; points earned at another till count here once both tills have synced.</source>
        <translation>Pontokkal az ennél a kasszánál ismert egyenlegig lehet fizetni; a másik kasszánál szerzett pontok akkor számítanak itt, ha mindkét kassza szinkronizált.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Next customer (Enter)</source>
        <translation>Következő vevő (Enter)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A card payment can&apos;t be more than what is left: %1.</source>
        <translation>A kártyás fizetés nem lehet több a hátralévő összegnél: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No points to pay with.</source>
        <translation>Nincs beváltható pont.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paid back</source>
        <translation>Visszafizetve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due</source>
        <translation>Visszajáró</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Kifizetve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1</source>
        <translation>Nyugta: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 It was taken off this sale: %2 to pay.</source>
        <translation>%1 Levettük erről az eladásról: %2 fizetendő.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit paid</source>
        <translation>Befizetett előleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+101"/>
        <source>Still to pay back: %1</source>
        <translation>Még visszafizetendő: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>In cash: %1 (rounding %2)</source>
        <translation>Készpénzben: %1 (kerekítés %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still to pay: %1</source>
        <translation>Még fizetendő: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change due: %1</source>
        <translation>Visszajáró: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="+27"/>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the PIN</source>
        <translation>PIN-kód törlése</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the last digit (Backspace)</source>
        <translation>Utolsó számjegy törlése (Backspace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <location filename="../../ui/price_change_dialog.py" line="+18"/>
        <source>Change prices</source>
        <translation>Árak módosítása</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview the new prices; nothing changes until you apply them.</source>
        <translation>Nézze meg előre az új árakat; semmi sem változik, amíg nem alkalmazza őket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply new prices</source>
        <translation>Új árak alkalmazása</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected products (%1)</source>
        <translation>Kijelölt termékek (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category %1</source>
        <translation>%1 kategória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product on sale</source>
        <translation>Minden árusított termék</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by percent (+10, -5)</source>
        <translation>százalékkal (+10, -5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an amount (+0,50, -1)</source>
        <translation>összeggel (+0,50, -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 for 10 % more, -5 for 5 % less</source>
        <translation>10: 10 %-kal több, -5: 5 %-kal kevesebb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Előnézet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Most</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Új</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-18"/>
        <source>New price: %1</source>
        <translation>Új ár: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current price %1</source>
        <translation>Jelenlegi ár: %1</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <location filename="../../ui/printer_messages.py" line="+23"/>
        <source>USB printers can&apos;t be used on this computer: %1. Use a serial, network or file connection, or install it.</source>
        <translation>USB-nyomtató nem használható ezen a számítógépen: %1. Használjon soros, hálózati vagy fájlkapcsolatot, vagy telepítse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer did not answer. Check that it is switched on, the cable or network, and the address.</source>
        <translation>A nyomtató nem válaszolt. Ellenőrizze, hogy be van-e kapcsolva, a kábelt vagy a hálózatot, és a címet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation>Kifogyott a papír. Tegyen be új tekercset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Close it.</source>
        <translation>A nyomtató fedele nyitva van. Csukja le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer stopped taking data. Check the paper and the flow control setting.</source>
        <translation>A nyomtató nem fogad több adatot. Ellenőrizze a papírt és az átvitelvezérlés beállítását.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the printer is connected first.</source>
        <translation>Először válassza ki, hogyan csatlakozik a nyomtató.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This printer model can&apos;t print that. Choose another model, or the raster mode for Chinese/Korean.</source>
        <translation>Ez a nyomtatótípus ezt nem tudja nyomtatni. Válasszon másik típust, vagy kínai/koreai szöveghez a képes módot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer reported an error (%1).</source>
        <translation>A nyomtató hibát jelzett (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: %1</source>
        <translation>A nyomtatás nem sikerült: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_setup.py" line="+48"/>
        <source>Receipt printer</source>
        <translation>Nyugtanyomtató</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How this till&apos;s receipt printer and cash drawer are connected. Try the settings with a test page, then save.</source>
        <translation>Hogyan csatlakozik a pénztár nyugtanyomtatója és pénzfiókja. Próbálja ki a beállításokat egy tesztoldallal, majd mentse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter)</source>
        <translation>Mentés (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connection</source>
        <translation>Kapcsolat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer</source>
        <translation>Nincs nyugtanyomtató</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial (COM port)</source>
        <translation>Soros (COM-port)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (IP address)</source>
        <translation>Hálózat (IP-cím)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or device path</source>
        <translation>Fájl vagy eszköz elérési útja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder (no printer)</source>
        <translation>PDF-fájlok egy mappába (nyomtató nélkül)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Csatlakozás</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipts are kept and can be printed or e-mailed as PDF later.</source>
        <translation>A nyugták megmaradnak, később kinyomtathatók vagy PDF-ben e-mailben elküldhetők.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Nyomtató</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vendor:product id</source>
        <translation>Gyártó:termék azonosító</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>None</source>
        <translation>Nincs</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+14"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Baud rate</source>
        <translation>Átviteli sebesség (baud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow control</source>
        <translation>Átvitelvezérlés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IP address</source>
        <translation>IP-cím</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each receipt is saved here as a PDF, at the paper width below.</source>
        <translation>Minden nyugta PDF-ként ide kerül, az alább megadott papírszélességgel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer and paper</source>
        <translation>Nyomtató és papír</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As images (any printer)</source>
        <translation>Képként (bármely nyomtatón)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer&apos;s Chinese font (GB18030)</source>
        <translation>A nyomtató kínai betűkészlete (GB18030)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer&apos;s Korean font (EUC-KR)</source>
        <translation>A nyomtató koreai betűkészlete (EUC-KR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Típus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper width</source>
        <translation>Papírszélesség</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Kódlap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese and Korean</source>
        <translation>Kínai és koreai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer</source>
        <translation>Pénzfiók</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the printer</source>
        <translation>A nyomtatón keresztül</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own serial port</source>
        <translation>Saját soros port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin 2</source>
        <translation>2-es tű</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin 5</source>
        <translation>5-ös tű</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open after a cash payment</source>
        <translation>Nyitás készpénzes fizetés után</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer</source>
        <translation>Pénzfiók</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pin and pulse</source>
        <translation>Tű és impulzus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print test page</source>
        <translation>Tesztoldal nyomtatása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>Állapot ellenőrzése</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: not checked yet</source>
        <translation>Állapot: még nincs ellenőrizve</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Auto (receipt language)</source>
        <translation>Automatikus (nyugta nyelve)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n printer(s) found on USB.</source>
        <translation>
            <numerusform>%n nyomtató található USB-n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB printer found. Check that it is plugged in and switched on.</source>
        <translation>Nem található USB-nyomtató. Ellenőrizze, hogy csatlakoztatva és bekapcsolva van-e.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printer device or file</source>
        <translation>Nyomtatóeszköz vagy fájl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the receipt PDFs</source>
        <translation>A nyugta-PDF-ek mappája</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Talking to the printer…</source>
        <translation>Kapcsolódás a nyomtatóhoz…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This folder can&apos;t be written. Choose another folder.</source>
        <translation>Ebbe a mappába nem lehet írni. Válasszon másik mappát.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test page sent to %1. Check that every line printed.</source>
        <translation>Tesztoldal elküldve ide: %1. Ellenőrizze, hogy minden sor kinyomtatódott-e.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder can be written. Print a test page to see a receipt PDF there.</source>
        <translation>A mappába lehet írni. Nyomtasson tesztoldalt, és megjelenik benne egy nyugta-PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable. This connection can&apos;t report paper or cover; print a test page to be sure.</source>
        <translation>Elérhető. Ez a kapcsolat nem jelzi a papír és a fedél állapotát; a biztonság kedvéért nyomtasson tesztoldalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover is open. Close it.</source>
        <translation>A fedél nyitva van. Csukja le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of paper. Put in a new roll.</source>
        <translation>Kifogyott a papír. Tegyen be új tekercset.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline (error or paper feed). Check its light.</source>
        <translation>A nyomtató nem elérhető (hiba vagy papíradagolás). Nézze meg a jelzőfényét.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready, but the paper roll is nearly finished.</source>
        <translation>Kész, de a papírtekercs hamarosan kifogy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: online, paper loaded, cover closed.</source>
        <translation>Kész: elérhető, van papír, a fedél zárva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a detected USB printer or type its vendor and product id.</source>
        <translation>Válasszon egy talált USB-nyomtatót, vagy írja be a gyártó és a termék azonosítóját.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the receipt PDFs.</source>
        <translation>Válassza ki a nyugta-PDF-ek mappáját.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+32"/>
        <source>The cash drawer did not open (%1). Check the printer and its drawer cable.</source>
        <translation>A pénzfiók nem nyílt ki (%1). Ellenőrizze a nyomtatót és a fiók kábelét.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - receipt %2 kept, press F9 to reprint</source>
        <translation>%1 - a nyugta (%2) megmaradt, újranyomtatás: F9</translation>
    </message>
    <message>
        <location filename="../../ui/printer_messages.py" line="+6"/>
        <source>Printer offline</source>
        <translation>A nyomtató nem elérhető</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer out of paper</source>
        <translation>Kifogyott a papír</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer cover open</source>
        <translation>A nyomtató fedele nyitva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer not responding</source>
        <translation>A nyomtató nem válaszol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer set up</source>
        <translation>Nincs beállítva nyugtanyomtató</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB printing not available on this computer</source>
        <translation>Az USB-nyomtatás nem érhető el ezen a gépen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer error</source>
        <translation>Nyomtatóhiba</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/product_editor.py" line="+33"/>
        <location line="+71"/>
        <source>New product</source>
        <translation>Új termék</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>for example 1,50 (per kg for weighed goods)</source>
        <translation>például 1,50 (mérlegelt árunál kilónként)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>piece</source>
        <translation>darab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg (weighed)</source>
        <translation>kg (mérlegelt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one barcode a line: scan them here</source>
        <translation>soronként egy vonalkód: itt olvassa be őket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item code on scale labels</source>
        <translation>cikkszám a mérleg címkéjén</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>ÁFA-kulcs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold by</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes</source>
        <translation>Vonalkódok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLU</source>
        <translation>PLU</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>Retire</source>
        <translation>Kivezetés</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no category)</source>
        <translation>(nincs kategória)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Put back on sale</source>
        <translation>Újra árusítás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired: the till no longer sells it; its past sales stay as they were.</source>
        <translation>Kivezetve: a pénztár már nem árusítja; a korábbi eladásai változatlanok maradnak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold before: it can be retired, never deleted.</source>
        <translation>Már eladták: kivezethető, de nem törölhető.</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/catalogue_model.py" line="+26"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>Cikkszám</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Vonalkód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>ÁFA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Retired</source>
        <translation>Kivezetve</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <location filename="../../ui/product_results_model.py" line="+18"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/backoffice_products.py" line="+165"/>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategóriák</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>ÁFA-kulcsok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick keys</source>
        <translation>Gyorsgombok</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location line="-134"/>
        <source>Find by name, SKU or barcode</source>
        <translation>Keresés név, cikkszám vagy vonalkód szerint</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New product</source>
        <translation>Új termék</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change prices…</source>
        <translation>Árak módosítása…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf labels (PDF)…</source>
        <translation>Polccímkék (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 products</source>
        <translation>%1 termék</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>Mentve.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 prices changed.</source>
        <translation>%1 ár módosult.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save shelf labels</source>
        <translation>Polccímkék mentése</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-fájlok (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the products to label first.</source>
        <translation>Először jelölje ki a címkézendő termékeket.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>Nem sikerült írni: %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 labels saved to %2.</source>
        <translation>%1 címke mentve ide: %2.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-15"/>
        <source>Weight in kg, e.g. 0.450</source>
        <translation>Tömeg kg-ban, pl. 0,450</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of pieces; 0 removes the line</source>
        <translation>Darabszám; a 0 törli a tételt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity: %1</source>
        <translation>Mennyiség: %1</translation>
    </message>
</context>
<context>
    <name>QuickKeysTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+59"/>
        <source>Find a product to add</source>
        <translation>Keressen hozzáadandó terméket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to the keys</source>
        <translation>Hozzáadás a gombokhoz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys in till order</source>
        <translation>Gombok a pénztár sorrendjében</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the product&apos;s name</source>
        <translation>a termék neve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category colour</source>
        <translation>A kategória színe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>Felirat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Szín</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the layout</source>
        <translation>Elrendezés mentése</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the till shows them</source>
        <translation>Ahogy a pénztár mutatja</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="+18"/>
        <source>Receipt %1</source>
        <translation>Nyugta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return items (Enter)</source>
        <translation>Visszáru (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="-242"/>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Összesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (refund)</source>
        <translation>%1 (visszáru)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap to open the receipt</source>
        <translation>Koppintson a nyugta megnyitásához</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="+155"/>
        <source>Refund</source>
        <translation>Visszáru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the barcode on the receipt or type its number (T1-000123 or just 123), then press Enter.</source>
        <translation>Olvassa be a nyugtán lévő vonalkódot, vagy írja be a nyugta számát (T1-000123 vagy csak 123), majd nyomja meg az Enter billentyűt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund (Enter)</source>
        <translation>Visszatérítés (Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt number</source>
        <translation>Nyugtaszám</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Keresés</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a quantity. Type whole pieces, or kg like 0.250.</source>
        <translation>„%1” nem mennyiség. Egész darabszámot vagy kg-ot írjon be, pl. 0,250.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One less of the chosen line</source>
        <translation>Eggyel kevesebb a kijelölt tételből</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more of the chosen line</source>
        <translation>Eggyel több a kijelölt tételből</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return all (F5)</source>
        <translation>Mind vissza (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return none</source>
        <translation>Egyik sem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it coming back?</source>
        <translation>Miért hozzák vissza?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To pay back</source>
        <translation>Visszafizetendő</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Damaged</source>
        <translation>Sérült</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item</source>
        <translation>Rossz termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed mind</source>
        <translation>Meggondolta magát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type or scan the receipt number first.</source>
        <translation>Először írja be vagy olvassa be a nyugtaszámot.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Ezen a nyugtán (%1) már minden tételt visszahoztak.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt %1</source>
        <translation>Nyugta: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose or type the reason for the refund.</source>
        <translation>Válassza ki vagy írja be a visszavétel okát.</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location line="-268"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>Eladva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>Korábban vissza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>Most vissza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay back</source>
        <translation>Visszafizetés</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>all returned</source>
        <translation>mind visszahozva</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Up to %1 can be returned</source>
        <translation>Legfeljebb %1 hozható vissza</translation>
    </message>
</context>
<context>
    <name>RegisterCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_register.py" line="+46"/>
        <source>New customer</source>
        <translation>Új vevő</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and phone are enough; the birthday earns them a gift. Tick a consent only if the customer says yes.</source>
        <translation>Elég a név és a telefonszám; a születésnapjára ajándékot kap. Hozzájárulást csak akkor jelöljön be, ha a vevő igent mond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Enter)</source>
        <translation>Felvétel (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First name and surname</source>
        <translation>Vezeték- és keresztnév</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any way they say it</source>
        <translation>Ahogy a vevő mondja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Nem kötelező</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, like %1</source>
        <translation>Nem kötelező, pl. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>Üzenetküldő appok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marketing OK by</source>
        <translation>Marketing engedélyezve</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attach %1</source>
        <translation>%1 hozzárendelése</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a birthday. Type it like the example, or leave it empty.</source>
        <translation>„%1” nem születésnap. Írja be a minta szerint, vagy hagyja üresen.</translation>
    </message>
</context>
<context>
    <name>RegularsPage</name>
    <message>
        <location filename="../../ui/backoffice_regulars.py" line="+81"/>
        <source>Regulars</source>
        <translation>Törzsvásárlók</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments (RFM)</source>
        <translation>Szegmensek (RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays</source>
        <translation>Születésnapok</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Slipping away</source>
        <translation>Elmaradók</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Who is due</source>
        <translation>Kinek esedékes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Jövő hét</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+93"/>
        <location line="+43"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Phone or e-mail</source>
        <translation>Telefon vagy e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Szint</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Spent</source>
        <translation>Költés</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Visits</source>
        <translation>Látogatások</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Last visit</source>
        <translation>Utolsó látogatás</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Last 90 days</source>
        <translation>Utolsó 90 nap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Utolsó 12 hónap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>Utolsó 10 év</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By spend</source>
        <translation>Költés szerint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By visits</source>
        <translation>Látogatás szerint</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Champions</source>
        <translation>Bajnokok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>Hűségesek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Újak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Ígéretesek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation>Veszélyben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Elveszettek</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Ezen a héten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Ebben a hónapban</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Messaging apps</source>
        <translation>Üzenetküldő alkalmazások</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the birthday reward</source>
        <translation>Születésnapi ajándék kiadása</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write contact list (CSV)…</source>
        <translation>Kapcsolatlista írása (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS OK</source>
        <translation>SMS rendben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail OK</source>
        <translation>E-mail rendben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging OK</source>
        <translation>Üzenetek rendben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Birthday reward given to %1 customers (%2 had it already this year).</source>
        <translation>Születésnapi ajándék %1 ügyfélnek (%2 már megkapta idén).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact list</source>
        <translation>Kapcsolatlista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts written to %2; %3 left out (no consent for this channel or no contact).</source>
        <translation>%1 kapcsolat kiírva ide: %2; %3 kimaradt (nincs hozzájárulás ehhez a csatornához, vagy nincs elérhetőség).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who came at least twice, the last time within 180 days, whom the shop&apos;s whole history (the BG/NBD model) gives less than an 80 % chance of still being a customer; the biggest spenders first. With too little history: regulars away for more than twice their own usual gap.</source>
        <translation>Ügyfelek, akik legalább kétszer jártak itt, utoljára az elmúlt 180 napban, és akiknek a bolt teljes története (BG/NBD modell) alapján 80 %-nál kisebb az esélye, hogy még ügyfelek; a legtöbbet költők elöl. Kevés adat esetén: a szokásos szünetük kétszeresénél régebben elmaradt törzsvásárlók.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Usually every</source>
        <translation>Általában ennyi időnként</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Days away</source>
        <translation>Napja távol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a customer</source>
        <translation>Még ügyfél</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits expected (90 days)</source>
        <translation>Várható látogatás (90 nap)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who buy a product at a steady rhythm and are due for it this week.</source>
        <translation>Ügyfelek, akik egy terméket rendszeresen vesznek, és ezen a héten esedékes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Ügyfél</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Last bought</source>
        <translation>Utolsó vásárlás</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Expected</source>
        <translation>Várható</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Put it aside for them</source>
        <translation>Tegye félre neki</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already reserved</source>
        <translation>Már lefoglalva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the next 7 days should sell: each product&apos;s usual sales on those weekdays over the last 8 weeks, adjusted by last year&apos;s season, plus what is reserved.</source>
        <translation>Mit hozhat a következő 7 nap: minden termék szokásos eladása azokon a napokon az elmúlt 8 hétben, a tavalyi szezonnal igazítva, plusz ami le van foglalva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 4 weeks these forecasts were off by %1 of what sold.</source>
        <translation>Az elmúlt 4 hétben ezek az előrejelzések az eladott mennyiség %1-ával tértek el.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a customer in the list first.</source>
        <translation>Előbb válasszon ügyfelet a listából.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 put aside for %2 on %3.</source>
        <translation>%1 félretéve neki: %2, erre a napra: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 nap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>A bolt történetének beolvasása…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history could not be read: %1</source>
        <translation>A történetet nem sikerült beolvasni: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The top 20 % of customers bring %1 of what customers spent.</source>
        <translation>Az ügyfelek legjobb 20 %-a hozza az ügyfélköltés %1-át.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers</source>
        <translation>%1 ügyfél</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/backoffice_reports.py" line="+54"/>
        <source>Reports</source>
        <translation>Kimutatások</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+144"/>
        <source>Show the numbers</source>
        <translation>Számok mutatása</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Save as CSV…</source>
        <translation>Mentés CSV-ként…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Hét</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Hónap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Év</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From… to…</source>
        <translation>Ettől… eddig…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>against the previous period</source>
        <translation>az előző időszakhoz képest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the same period last year</source>
        <translation>a tavalyi azonos időszakhoz képest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole shop</source>
        <translation>Az egész bolt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1</source>
        <translation>%1 pénztár</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period before</source>
        <translation>Az előző időszak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after</source>
        <translation>A következő időszak</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Working it out…</source>
        <translation>Számolás…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be made: %1</source>
        <translation>A kimutatás nem készült el: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 – %2, összevetve: %3 – %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the chart</source>
        <translation>Diagram mutatása</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as CSV</source>
        <translation>Mentés CSV-ként</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <source>Sales</source>
        <translation>Eladások</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Hours and weekdays</source>
        <translation>Órák és napok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategóriák</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translation>Fizetések</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rates</source>
        <translation>ÁFA-kulcsok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and discounts</source>
        <translation>Munkatársak és kedvezmények</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <location line="+67"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Refunds</source>
        <translation>Visszatérítések</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+99"/>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Over-refunded lines</source>
        <translation>Túl-visszatérített tételek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Vásárlók</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought together</source>
        <translation>Együtt vásárolt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales before discounts</source>
        <translation>Eladások kedvezmények előtt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts</source>
        <translation>Kedvezmények</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales (VAT included)</source>
        <translation>Nettó eladás (ÁFÁ-val)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>VAT</source>
        <translation>ÁFA</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+16"/>
        <location line="+50"/>
        <location line="+22"/>
        <source>Receipts</source>
        <translation>Nyugták</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Average basket</source>
        <translation>Átlagos kosár</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per basket</source>
        <translation>Tétel kosaranként</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>Figure</source>
        <translation>Adat</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>This period</source>
        <translation>Ez az időszak</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+14"/>
        <location line="+117"/>
        <location line="+13"/>
        <source>Compared</source>
        <translation>Összevetés</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net sales %1 (%2), %3 receipts</source>
        <translation>Nettó eladás %1 (%2), %3 nyugta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monday</source>
        <translation>Hétfő</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Kedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Szerda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Csütörtök</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Péntek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Szombat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Vasárnap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour or day</source>
        <translation>Óra vagy nap</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Net sales</source>
        <translation>Nettó eladás</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Busiest hour: %1:00</source>
        <translation>A legforgalmasabb óra: %1:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+138"/>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Quantity</source>
        <translation>Mennyiség</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Revenue</source>
        <translation>Bevétel</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Baskets</source>
        <translation>Kosarak</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+84"/>
        <source>Refunded</source>
        <translation>Visszatérítve</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Margin</source>
        <translation>Árrés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost price</source>
        <translation>nincs beszerzési ár</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best</source>
        <translation>Legjobb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least</source>
        <translation>Leggyengébb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best sellers by revenue. Margins need a cost price, which products do not have yet.</source>
        <translation>A legjobban fogyó termékek bevétel szerint. Az árréshez beszerzési ár kell, ami a termékeknél még nincs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category</source>
        <translation>Nincs kategória</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategória</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net of VAT</source>
        <translation>ÁFA nélkül</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>Mód</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Net</source>
        <translation>Nettó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Kulcs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which refunds</source>
        <translation>Ebből visszatérítés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <translation>Munkatárs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts given</source>
        <translation>Adott kedvezmények</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded receipts</source>
        <translation>Visszatérítési nyugták</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason or product</source>
        <translation>Ok vagy termék</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which products come back, and why</source>
        <translation>Mely termékeket hozzák vissza, és miért</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Tétel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>Eladva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Észlelve</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: no line was refunded beyond what was sold.</source>
        <translation>Nincs: egyetlen tételt sem térítettek vissza az eladottnál többször.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines two tills refunded, while offline, beyond what was sold. Both refunds happened and are kept; check the receipts and the money.</source>
        <translation>Tételek, amelyeket két kassza hálózat nélkül az eladottnál nagyobb mennyiségben térített vissza. Mindkét visszatérítés megtörtént és megmarad; ellenőrizze a nyugtákat és a pénzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points given</source>
        <translation>Kiadott pontok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points redeemed</source>
        <translation>Beváltott pontok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>Lejárt pontok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points taken back</source>
        <translation>Visszavont pontok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points outstanding at the end</source>
        <translation>Fennálló pontok az időszak végén</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the outstanding points are worth</source>
        <translation>A fennálló pontok értéke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding points are worth %1</source>
        <translation>A fennálló pontok értéke %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Members</source>
        <translation>Törzsvásárlók</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Everyone else</source>
        <translation>Mindenki más</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customers who bought</source>
        <translation>Vásárló törzsvásárlók</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customers</source>
        <translation>Új vásárlók</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Visszatérő vásárlók</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought more than once</source>
        <translation>Többször vásároltak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of receipts with a known customer</source>
        <translation>Ismert vásárlós nyugták aránya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>Újravásárlási arány</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits</source>
        <translation>látogatások</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spend</source>
        <translation>költés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average basket</source>
        <translation>átlagos kosár</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average basket: members against everyone else</source>
        <translation>Átlagos kosár: törzsvásárlók és mindenki más</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bought with</source>
        <translation>Együtt ezzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baskets with both</source>
        <translation>Kosarak mindkettővel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs among the %1 most bought products; lift 2 means twice as often as chance</source>
        <translation>Párok a %1 legtöbbet vásárolt termék között; a 2-es lift kétszer olyan gyakori, mint a véletlen</translation>
    </message>
</context>
<context>
    <name>ReservationSection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+54"/>
        <source>Reservations</source>
        <translation>Foglalások</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit on cancel</source>
        <translation>Előleg lemondáskor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the deposit back when a reservation is cancelled</source>
        <translation>Az előleg visszajár, ha a foglalást lemondják</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the shop keeps the deposit of a cancelled reservation.</source>
        <translation>Ha nincs bejelölve, a bolt megtartja a lemondott foglalás előlegét.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not collected after</source>
        <translation>Nem vették át ennyi után</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the pick-up date until an uncollected reservation expires and the goods go back on sale.</source>
        <translation>Ennyi nappal az átvételi nap után jár le a nem átvett foglalás, és az áru újra eladható.</translation>
    </message>
</context>
<context>
    <name>ReservationsDialog</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+23"/>
        <source>Reservations</source>
        <translation>Foglalások</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers asked to put aside. Enter picks up the highlighted one: it becomes the sale, with its deposit already counted.</source>
        <translation>Amit a vevők lefoglaltattak. Az Enter a kijelöltet adja át: az lesz a vásárlás, az előleg már beszámítva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick up (Enter)</source>
        <translation>Átvétel (Enter)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark ready</source>
        <translation>Elkészült</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reservation</source>
        <translation>Foglalás törlése</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due today (%1)</source>
        <translation>Ma esedékes (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (%1)</source>
        <translation>Lejárt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready (%1)</source>
        <translation>Elkészült (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coming up (%1)</source>
        <translation>Közelgő (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Press “Cancel reservation” again to cancel %1&apos;s reservation.</source>
        <translation>Nyomja meg újra a „Foglalás törlése” gombot %1 foglalásának törléséhez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit of %1 is paid back.</source>
        <translation>A(z) %1 előleget visszafizetjük.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deposit of %1 is kept.</source>
        <translation>A(z) %1 előleg nem jár vissza.</translation>
    </message>
</context>
<context>
    <name>ReservationsModel</name>
    <message>
        <location line="-212"/>
        <source>Pick-up</source>
        <translation>Átvétel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Vevő</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Tétel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit</source>
        <translation>Előleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Lejárt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Elkészült</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Repeats every %1 days</source>
        <translation>%1 naponta ismétlődik</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/reserve_dialog.py" line="+24"/>
        <source>Reserve for %1</source>
        <translation>Foglalás: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of this sale are put aside until the pick-up day; nothing is paid now but an optional deposit.</source>
        <translation>E vásárlás termékei az átvétel napjáig le vannak foglalva; most legfeljebb előleget kell fizetni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve (Enter)</source>
        <translation>Foglalás (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick-up day</source>
        <translation>Átvétel napja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit paid now</source>
        <translation>Most fizetett előleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: sliced thin, ready by 5 pm…</source>
        <translation>Nem kötelező: vékonyra szeletelve, 17 órára kész…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on the same day</source>
        <translation>Minden héten ugyanazon a napon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan or add the items to put aside first.</source>
        <translation>Először olvassa be vagy adja hozzá a lefoglalandó termékeket.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an amount. Type it like 20 or 12.50.</source>
        <translation>„%1” nem összeg. Így írja be: 20 vagy 12,50.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+14"/>
        <source>Restore this backup?</source>
        <translation>Visszaállítja ezt a mentést?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring replaces all of the shop&apos;s data on this computer with the backup&apos;s. Sales made after the backup are not in it. The data as it is now is kept aside in a safety copy.</source>
        <translation>A visszaállítás a számítógépen lévő összes üzleti adatot a mentés adataira cseréli. A mentés utáni eladások nincsenek benne. A mostani adatok egy biztonsági másolatban megmaradnak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the shop&apos;s data (Enter)</source>
        <translation>Üzleti adatok cseréje (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>ismeretlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sales</source>
        <translation>nincs eladás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop</source>
        <translation>Üzlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Készült</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last receipt</source>
        <translation>Utolsó nyugta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Tartalom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sales, %2 refunds, %3 customers, %4 products</source>
        <translation>%1 eladás, %2 visszatérítés, %3 vásárló, %4 termék</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Ezt cseréli</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup is of another shop or till (%1 · %2): this computer would become it.</source>
        <translation>Ez a mentés egy másik üzleté vagy kasszáé (%1 · %2): ez a számítógép azzá válna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is connected to a server, which holds the sales made after this backup. After a restore the till would number receipts again from %1: restore a server&apos;s till only with help.</source>
        <translation>Ez a kassza szerverhez kapcsolódik, amelyen a mentés utáni eladások megvannak. Visszaállítás után a kassza újra %1 után számozná a nyugtákat: szerverhez kötött kasszát csak segítséggel állítson vissza.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="+132"/>
        <source>Shop settings</source>
        <translation>Bolt beállításai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what you need, then Save. Every change is recorded with your name.</source>
        <translation>Módosítsa, amit kell, majd mentsen. Minden változás az Ön nevével kerül naplóba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save  Ctrl+S</source>
        <translation>Mentés  Ctrl+S</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You have changes not saved: press Save (Ctrl+S), or leave again to drop them.</source>
        <translation>Vannak mentetlen változások: nyomja meg a Mentés gombot (Ctrl+S), vagy lépjen ki újra az elvetésükhöz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/staff_messages.py" line="+32"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Semmi sem lett mentve: javítsa a pirossal jelölt mezőket.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Csak tulajdonos módosíthatja a bolt beállításait.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. Fields changed: %1.</source>
        <translation>Mentve. Módosított mezők: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Nem változott semmi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="+107"/>
        <source>Welcome to Bottega</source>
        <translation>Üdvözli a Bottega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your shop</source>
        <translation>Állítsa be az üzletét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change everything later. The owner&apos;s PIN signs in at the till.</source>
        <translation>Később mindent módosíthat. A tulajdonos PIN-kódjával lehet belépni a pénztárba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name</source>
        <translation>Üzlet neve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s name</source>
        <translation>Tulajdonos neve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN-kód (4–8 számjegy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN-kód újra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the shop&apos;s name and the owner&apos;s name.</source>
        <translation>Adja meg az üzlet és a tulajdonos nevét.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>A PIN-kód 4–8 számjegyből álljon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>A két PIN-kód eltér. Kétszer ugyanazt írja be.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is ready</source>
        <translation>%1 kész</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no products and no staff yet. In the back office you add your products, your cashiers and the receipt header; you can come back to it any time from the sign-in screen (Back office) or the till (Ctrl+B).</source>
        <translation>Még nincsenek termékei és munkatársai. A háttérirodában felveheti a termékeket, a pénztárosokat és a nyugta fejlécét; bármikor visszatérhet ide a bejelentkezésnél (Háttériroda) vagy a kasszánál (Ctrl+B).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the back office</source>
        <translation>Háttériroda megnyitása</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the sign-in</source>
        <translation>Tovább a bejelentkezéshez</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="-187"/>
        <source>Shop and receipt</source>
        <translation>Bolt és nyugta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop name</source>
        <translation>A bolt neve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed large at the top of every receipt and shown on the tills.</source>
        <translation>Nagy betűvel kerül minden nyugta tetejére, és a kasszákon is látszik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the name; one line per line.</source>
        <translation>A név alá kerül, soronként.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax id</source>
        <translation>Adószám</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s tax number in %1, printed on receipts and invoices; checked before it is saved.</source>
        <translation>A bolt adószáma (%1), nyugtákon és számlákon szerepel; mentés előtt ellenőrizzük.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt header</source>
        <translation>Nyugta fejléce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines under the address: opening hours, a phone, a website.</source>
        <translation>Saját sorok a cím alatt: nyitvatartás, telefon, weboldal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt footer</source>
        <translation>Nyugta lábléce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines at the end of each receipt: returns policy, a greeting.</source>
        <translation>Saját sorok minden nyugta végén: visszáru-szabályok, üdvözlet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt language</source>
        <translation>A nyugta nyelve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of receipts and reports, whatever language the cashier&apos;s screen is in.</source>
        <translation>A nyugták és jelentések nyelve, bármilyen nyelvű is a pénztáros képernyője.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount limit (%)</source>
        <translation>Kedvezménykorlát (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A larger discount needs someone allowed to give it (see Staff).</source>
        <translation>Nagyobb kedvezményhez arra jogosult személy kell (lásd Személyzet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash notes</source>
        <translation>Bankjegyek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quick amounts offered for cash payments; separate them with spaces.</source>
        <translation>Gyors összegek készpénzes fizetéshez; szóközzel válassza el őket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round totals paid wholly in cash to 5 cents</source>
        <translation>A teljesen készpénzzel fizetett végösszeg kerekítése 5 centre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash rounding</source>
        <translation>Készpénzes kerekítés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed as its own line on the receipt; card payments are never rounded.</source>
        <translation>Külön sorként kerül a nyugtára; a kártyás fizetést soha nem kerekítjük.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale labels by weight</source>
        <translation>Mérlegcímke súly szerint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is a weight in grams, e.g. 21 22.</source>
        <translation>Azon címkék vonalkód-előtagjai, amelyekben a szám grammban megadott súly, pl. 21 22.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale labels by price</source>
        <translation>Mérlegcímke ár szerint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is the price, e.g. 23 24.</source>
        <translation>Azon címkék vonalkód-előtagjai, amelyekben a szám az ár, pl. 23 24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item code digits</source>
        <translation>Cikkszám számjegyei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many digits after the prefix name the product (its PLU) on a scale label.</source>
        <translation>Hány számjegy jelöli az előtag után a terméket (PLU) a mérlegcímkén.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last year</source>
        <translation>Az utolsó év</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last %1 years</source>
        <translation>Az utolsó %1 év</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Mindent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other tills&apos; sales kept</source>
        <translation>Megőrzött eladások a többi kasszáról</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back each till keeps the sales of the other tills, for customer cards and refunds anywhere. Older ones are forgotten at the tills once a day; the server keeps everything, and each till keeps its own sales.</source>
        <translation>Meddig visszamenőleg őrzi meg minden kassza a többi kassza eladásait az ügyfélkártyákhoz és a bárhol intézhető visszatérítésekhez. A régebbieket a kasszák naponta egyszer elfelejtik; a szerver mindent megőriz, és minden kassza megőrzi a saját eladásait.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.py" line="+26"/>
        <source>Back office · Owners and managers: tap your name, then type your PIN.</source>
        <translation>Háttériroda · Tulajdonosok és vezetők: koppintson a nevére, majd írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · Tap your name, then type your PIN.</source>
        <translation>Pénztár: %1 · Koppintson a nevére, majd írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottega – sign in</source>
        <translation>Bottega – bejelentkezés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega – back office – sign in</source>
        <translation>Bottega – háttériroda – bejelentkezés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit (Esc)</source>
        <translation>Kilépés (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office  Ctrl+B</source>
        <translation>Háttériroda  Ctrl+B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who is working?</source>
        <translation>Ki dolgozik?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cashier</source>
        <translation>Pénztáros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Vezető</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Tulajdonos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose your name first</source>
        <translation>Először válassza ki a nevét</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can try your PIN again.</source>
        <translation>Újra megpróbálhatja a PIN-kódot.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN for %1</source>
        <translation>%1 PIN-kódja</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name first (or press its F-key), type your PIN, then Back office.</source>
        <translation>Előbb koppintson a nevére (vagy nyomja meg az F-billentyűjét), írja be a PIN-kódot, majd Háttériroda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back office is for owners and managers.</source>
        <translation>A háttériroda tulajdonosoknak és vezetőknek való.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN, then press Back office (Ctrl+B).</source>
        <translation>Írja be a PIN-kódot, majd nyomja meg a Háttériroda gombot (Ctrl+B).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap your name first (or press its F-key), then type your PIN.</source>
        <translation>Először koppintson a nevére (vagy nyomja meg a hozzá tartozó F-billentyűt), majd írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN-kód 4–8 számjegyből áll.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+50"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Active</source>
        <translation>Aktív</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Letiltva</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+13"/>
        <source>Cashier</source>
        <translation>Pénztáros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Vezető</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Tulajdonos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Személyzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who signs in at the tills. Deactivated people keep their sales but can no longer sign in.</source>
        <translation>Mindenki, aki a kasszáknál bejelentkezik. A letiltottak eladásai megmaradnak, de nem jelentkezhetnek be.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add someone</source>
        <translation>Új munkatárs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN (4-8 számjegy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN újra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected person</source>
        <translation>Kijelölt személy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Choose someone in the list.</source>
        <translation>Válasszon valakit a listából.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>New PIN</source>
        <translation>Új PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set PIN</source>
        <translation>PIN beállítása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN</source>
        <translation>PIN visszaállítása</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change role</source>
        <translation>Szerepkör módosítása</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>Deactivate</source>
        <translation>Letiltás</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What each role may do without a manager&apos;s PIN</source>
        <translation>Mit tehet az egyes szerepkör vezetői PIN nélkül</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Mindenki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managers and owners</source>
        <translation>Vezetők és tulajdonosok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners only</source>
        <translation>Csak tulajdonosok</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone below the role chosen needs the PIN of someone at or above it.</source>
        <translation>Aki a választott szerepkör alatt van, annak egy legalább ilyen szerepkörű személy PIN-kódja kell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the owner changes these.</source>
        <translation>Ezeket csak a tulajdonos módosíthatja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save permissions</source>
        <translation>Jogosultságok mentése</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reactivate with the new PIN</source>
        <translation>Újraaktiválás az új PIN-kóddal</translation>
    </message>
    <message>
        <location filename="../../ui/staff_messages.py" line="-16"/>
        <source>A PIN is 4 to 8 digits, 0-9 only.</source>
        <translation>A PIN 4-8 számjegyből áll, csak 0-9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else already uses this PIN. Choose another one.</source>
        <translation>Ezt a PIN-kódot már más használja. Válasszon másikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the person&apos;s name.</source>
        <translation>Írja be a személy nevét.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the shop&apos;s last owner: make someone else owner first.</source>
        <translation>Ő a bolt utolsó tulajdonosa: előbb tegyen meg mást tulajdonosnak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can&apos;t deactivate yourself; ask another manager or the owner.</source>
        <translation>Saját magát nem tilthatja le; kérjen meg egy másik vezetőt vagy a tulajdonost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner can do this.</source>
        <translation>Ezt csak tulajdonos teheti meg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager can only manage cashiers; ask the owner.</source>
        <translation>Vezető csak pénztárosokat kezelhet; kérje a tulajdonost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is no longer in the list. Choose again.</source>
        <translation>Ez a személy már nincs a listában. Válasszon újra.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+20"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>A két PIN eltér. Írja be kétszer ugyanazt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 mostantól bejelentkezhet a PIN-kódjával.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN saved for %1.</source>
        <translation>Új PIN mentve: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s new PIN is %2. Tell them, and ask them to change it.</source>
        <translation>%1 új PIN-kódja: %2. Mondja meg neki, és kérje, hogy változtassa meg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s role is changed.</source>
        <translation>%1 szerepköre megváltozott.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is deactivated: their sales stay theirs.</source>
        <translation>%1 letiltva: az eladásai megmaradnak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can sign in again with the new PIN.</source>
        <translation>%1 újra bejelentkezhet az új PIN-kóddal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permissions saved; the tills follow them at once.</source>
        <translation>Jogosultságok mentve; a kasszák azonnal követik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Nem változott semmi.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/sync_settings.py" line="+27"/>
        <source>Server and sync</source>
        <translation>Szerver és szinkronizálás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till works on its own and sends its sales, customers and points to the shop&apos;s server whenever it is online.</source>
        <translation>Ez a kassza önállóan működik, és amikor van kapcsolat, elküldi eladásait, vásárlóit és pontjait a bolt szerverének.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync now</source>
        <translation>Szinkronizálás most</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline, points can pay only up to the balance this till knows: points earned at another till count here once both tills have synced.</source>
        <translation>Kapcsolat nélkül pontokkal csak az ennél a kasszánál ismert egyenlegig lehet fizetni: a másik kasszánál szerzett pontok akkor számítanak itt, ha mindkét kassza szinkronizált.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol this till</source>
        <translation>A kassza regisztrálása</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Till %1</source>
        <translation>%1. kassza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Szerver címe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment code</source>
        <translation>Regisztrációs kód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till name</source>
        <translation>Kassza neve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol</source>
        <translation>Regisztrálás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of the server</source>
        <translation>Kijelentkezés a szerverről</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export waiting changes and sign out…</source>
        <translation>Várakozó változások exportálása és kijelentkezés…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager can enrol this till or sign it out.</source>
        <translation>Csak vezető regisztrálhatja vagy jelentheti ki ezt a kasszát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Bezárás (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>Szerver: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Küldésre váró változások: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused %1 of them in the last sync; they stay here and are kept.</source>
        <translation>A szerver a legutóbbi szinkronizáláskor %1 változást elutasított; ezek itt maradnak és megmaradnak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records from the server could not be used here and were set aside; the rest synced.</source>
        <translation>A szerverről érkező %1 rekord itt nem használható, ezért félre lett téve; a többi szinkronizálva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1 (%2): %3</source>
        <translation>%1. változás (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s history is arriving, newest first: %1 of %2 records. The till works meanwhile.</source>
        <translation>A bolt előzményei érkeznek, a legújabbal kezdve: %1 / %2 tétel. A kassza közben működik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines were refunded at two tills beyond what was sold, while offline: see the Z report.</source>
        <translation>%1 tételt két kassza offline állapotban az eladottnál többször térített vissza: lásd a Z-jelentést.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful sync: %1</source>
        <translation>Utolsó sikeres szinkronizálás: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Bottega window on this computer syncs this shop&apos;s data.</source>
        <translation>Ezen a számítógépen egy másik Bottega ablak szinkronizálja a bolt adatait.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the server address, the enrolment code and a name for this till.</source>
        <translation>Írja be a szerver címét, a regisztrációs kódot és a kassza nevét.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enrolled: this till now syncs with %1.</source>
        <translation>Regisztrálva: a kassza mostantól ezzel szinkronizál: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This till is no longer connected to a server. Its sales are kept here.</source>
        <translation>Ez a kassza már nem kapcsolódik szerverhez. Az eladásai itt megmaradnak.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting changes were saved to %2; this till is no longer connected to a server.</source>
        <translation>%1 várakozó változás mentve ide: %2; a kassza már nem kapcsolódik szerverhez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export waiting changes</source>
        <translation>Várakozó változások exportálása</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../ui/dialog_parts.py" line="+80"/>
        <source>Cancel (Esc)</source>
        <translation>Mégse (Esc)</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till_header.py" line="+38"/>
        <source>Printer  Ctrl+P</source>
        <translation>Nyomtató  Ctrl+P</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reprint  F9</source>
        <translation>Újranyomtatás  F9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back office  Ctrl+B</source>
        <translation>Háttériroda  Ctrl+B</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cashier</source>
        <translation>Pénztáros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Vezető</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Tulajdonos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not yet fiscal (RT): %1</source>
        <translation>Még nem fiskális (RT): %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+76"/>
        <source>Scan a barcode or type a product name or code  (F2)</source>
        <translation>Olvassa be a vonalkódot, vagy írja be a termék nevét vagy kódját  (F2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quantity
F3</source>
        <translation>Mennyiség
F3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount
F4</source>
        <translation>Tételkedvezmény
F4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price
F5</source>
        <translation>Ár
F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line
Del</source>
        <translation>Tétel törlése
Del</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer
F1</source>
        <translation>Vevő
F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved
Ctrl+R</source>
        <translation>Foglalások
Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+31"/>
        <source>TOTAL</source>
        <translation>ÖSSZESEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discounts</source>
        <translation>Kedvezmények</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+15"/>
        <source>Sale discount
F6</source>
        <translation>Nyugtakedvezmény
F6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park
F7</source>
        <translation>Félretesz
F7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall
F8</source>
        <translation>Visszahív
F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund
F10</source>
        <translation>Visszáru
F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in/out
F11</source>
        <translation>Be-/kifizetés
F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale
Ctrl+D</source>
        <translation>Fióknyitás
Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void sale
Ctrl+Del</source>
        <translation>Sztornó
Ctrl+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close shift
Ctrl+F12</source>
        <translation>Pénztárzárás
Ctrl+F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock
Ctrl+L</source>
        <translation>Zárolás
Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAY  F12</source>
        <translation>FIZETÉS  F12</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+7"/>
        <source>Lines: %1</source>
        <translation>Tételek: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT %1%: %2</source>
        <translation>ÁFA %1%: %2</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+51"/>
        <source>REFUND – reason: %1. Press F12 to pay back, Ctrl+Del to cancel.</source>
        <translation>VISSZÁRU – ok: %1. Visszafizetés: F12, megszakítás: Ctrl+Del.</translation>
    </message>
    <message>
        <location filename="../../ui/till_header.py" line="-18"/>
        <source>Till %1 · shift open</source>
        <translation>Pénztár: %1 · műszak nyitva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · no shift open</source>
        <translation>Pénztár: %1 · nincs nyitott műszak</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+79"/>
        <source>No product matches “%1”. Check the spelling or scan the barcode.</source>
        <translation>Nincs találat erre: „%1”. Ellenőrizze a helyesírást, vagy olvassa be a vonalkódot.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Finish or cancel the refund before selling.</source>
        <translation>Eladás előtt fejezze be vagy szakítsa meg a visszárut.</translation>
    </message>
    <message>
        <location filename="../../ui/till_line_actions.py" line="+46"/>
        <source>Discount on %1</source>
        <translation>Kedvezmény: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount on the whole sale</source>
        <translation>Kedvezmény a teljes vásárlásra</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sale cancelled.</source>
        <translation>Vásárlás sztornózva.</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+24"/>
        <source>Refund %1 recorded: %2 paid back.</source>
        <translation>Visszáru rögzítve (%1): %2 visszafizetve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded. Change due: %2</source>
        <translation>Eladás rögzítve (%1). Visszajáró: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded.</source>
        <translation>Eladás rögzítve (%1).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No receipt to reprint yet.</source>
        <translation>Még nincs újranyomtatható nyugta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing a copy of receipt %1.</source>
        <translation>A nyugta (%1) másolatának nyomtatása.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing receipt %1 again.</source>
        <translation>A nyugta (%1) újranyomtatása.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sale parked. Press F8 to recall it.</source>
        <translation>Vásárlás félretéve. Visszahívás: F8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parked sale recalled.</source>
        <translation>Félretett vásárlás visszahívva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish, park or cancel this sale before a refund.</source>
        <translation>Visszáru előtt fejezze be, tegye félre vagy sztornózza ezt a vásárlást.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash movement recorded.</source>
        <translation>Pénzmozgás rögzítve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawer opened (no sale) – recorded in the audit log.</source>
        <translation>Fiók kinyitva (eladás nélkül) – bekerült a naplóba.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish, park or cancel this sale before closing the shift.</source>
        <translation>Pénztárzárás előtt fejezze be, tegye félre vagy sztornózza ezt a vásárlást.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printer settings saved.</source>
        <translation>Nyomtatóbeállítások elmentve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The back office is for owners and managers.</source>
        <translation>A háttériroda tulajdonosoknak és vezetőknek való.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish, park or cancel this sale before opening the back office.</source>
        <translation>A háttériroda megnyitása előtt fejezze be, parkolja vagy törölje ezt az eladást.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Locked</source>
        <translation>Zárolva</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-12"/>
        <source>“%1” is not a valid value. Correct it and press Enter.</source>
        <translation>„%1” nem érvényes érték. Javítsa ki, és nyomja meg az Enter billentyűt.</translation>
    </message>
</context>
<context>
    <name>VatRatesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-74"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rate</source>
        <translation>Kulcs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Termékek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code on the receipt</source>
        <translation>Kód a nyugtán</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation>Kulcs (%)</translation>
    </message>
</context>
<context>
    <name>ZReportView</name>
    <message>
        <location filename="../../ui/zreport_view.py" line="+69"/>
        <source>Z report no. %1</source>
        <translation>Z-jelentés – %1. sz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X report · shift still open</source>
        <translation>X-jelentés · a műszak még nyitva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Till %1</source>
        <translation>Pénztár: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened %1</source>
        <translation>nyitás: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>zárás: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takings</source>
        <translation>Bevétel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales (%1)</source>
        <translation>Eladások (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds (%1)</source>
        <translation>Visszáruk (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts given</source>
        <translation>Adott kedvezmények</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net total</source>
        <translation>Összes bevétel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash rounding</source>
        <translation>Készpénzes kerekítés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refunded beyond what was sold</source>
        <translation>Az eladottnál több visszatérítés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on receipt %2: %3 sold, %4 refunded by %5</source>
        <translation>%1 a(z) %2 nyugtán: %3 eladva, %4 visszatérítve: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>VAT</source>
        <translation>ÁFA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Kulcs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Nettó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>Bruttó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sales yet</source>
        <translation>Még nincs eladás</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments</source>
        <translation>Fizetések</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Készpénz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Kártya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments yet</source>
        <translation>Még nincs fizetés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash drawer</source>
        <translation>Pénzfiók</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>Nyitó váltópénz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash payments</source>
        <translation>Készpénzes fizetések</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Befizetések</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Kifizetések</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in the drawer</source>
        <translation>Várható a fiókban</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>Megszámolt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference · short</source>
        <translation>Eltérés · hiány</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference · over</source>
        <translation>Eltérés · többlet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Eltérés</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-94"/>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backup_messages.py" line="+15"/>
        <source>No backup folder is chosen yet: choose one on the Backups page.</source>
        <translation>Még nincs mappa kiválasztva a mentésekhez: válasszon egyet a Biztonsági mentések oldalon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not there. Plug in the USB stick or connect the network folder, or choose another folder.</source>
        <translation>A(z) %1 mentési mappa nem érhető el. Csatlakoztassa a pendrive-ot vagy a hálózati mappát, vagy válasszon másik mappát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bottega may not write into %1. Choose a folder you can write to.</source>
        <translation>A Bottega nem írhat ide: %1. Válasszon írható mappát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is full. Free some space or keep fewer backups.</source>
        <translation>A(z) %1 mentési mappa megtelt. Szabadítson fel helyet, vagy tartson meg kevesebb mentést.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its check and was thrown away. Try again; if it fails again, call for help.</source>
        <translation>A másolat nem ment át az ellenőrzésen, ezért töröltük. Próbálja újra; ha megint nem sikerül, kérjen segítséget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Bottega backup, or it is damaged.</source>
        <translation>Ez a fájl nem Bottega mentés, vagy sérült.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made by a newer Bottega. Update Bottega first.</source>
        <translation>Ezt a mentést a Bottega újabb verziója készítette. Előbb frissítse a Bottegát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s data is still open elsewhere (another Bottega window or till on this file). Close it and try again.</source>
        <translation>Az üzlet adatai máshol még nyitva vannak (egy másik Bottega ablak vagy kassza ezen a fájlon). Zárja be, és próbálja újra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>A mentés nem sikerült: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup failed</source>
        <translation>Mentés sikertelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup %1</source>
        <translation>Utolsó mentés: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup yet</source>
        <translation>Még nincs mentés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups set up</source>
        <translation>Nincs mentés beállítva</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../ui/campaign_messages.py" line="+15"/>
        <source>Give the campaign a name.</source>
        <translation>Adjon nevet a kampánynak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupons must be valid until today or later, and not end before they start.</source>
        <translation>A kuponoknak legalább ma is érvényesnek kell lenniük, és nem érhetnek véget a kezdetük előtt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer is in this group today: choose another group.</source>
        <translation>Ma egy vásárló sincs ebben a csoportban: válasszon másikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer is an amount above zero, or a percent from 1 to 100.</source>
        <translation>Az ajánlat nullánál nagyobb összeg, vagy 1 és 100 közötti százalék.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group of customers is not known here: choose another group.</source>
        <translation>Ezt a vásárlócsoportot itt nem ismerjük: válasszon másikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This campaign is no longer here. The list is up to date again.</source>
        <translation>Ez a kampány már nincs itt. A lista ismét naprakész.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthday reward goes 0 to 30 days before the birthday.</source>
        <translation>A születésnapi ajándék 0–30 nappal a születésnap előtt megy ki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thank-you comes at the 2nd visit or later.</source>
        <translation>A köszönet a 2. látogatástól kezdve jár.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is valid for 1 to 365 days.</source>
        <translation>Egy kupon 1–365 napig érvényes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is worth an amount above zero, or a percent from 1 to 100.</source>
        <translation>Egy kupon értéke nullánál nagyobb összeg, vagy 1 és 100 közötti százalék.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../ui/catalogue_messages.py" line="+17"/>
        <source>Required.</source>
        <translation>Kötelező.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters.</source>
        <translation>Legfeljebb %1 karakter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number. Type for example 10 or 0,50.</source>
        <translation>A(z) &apos;%1&apos; nem szám. Írjon például 10-et vagy 0,50-et.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a price. Type for example 1,50.</source>
        <translation>A(z) &apos;%1&apos; nem ár. Írjon például 1,50-et.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: prices here are in whole units, without decimals. Type for example 1500.</source>
        <translation>&apos;%1&apos;: itt az árak egész forintban vannak, tizedesek nélkül. Írja például így: 1500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost less than nothing.</source>
        <translation>%1 (%2) ára nulla alá csökkenne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>Az ár nem lehet negatív.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost too much.</source>
        <translation>%1 (%2) ára túl magas lenne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is far too large for a price.</source>
        <translation>A(z) &apos;%1&apos; túl nagy egy árhoz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an EAN-13, EAN-8 or UPC-A barcode (8, 12 or 13 digits).</source>
        <translation>A(z) %1 nem EAN-13, EAN-8 vagy UPC-A vonalkód (8, 12 vagy 13 számjegy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a wrong check digit: scan it again or check the last digit.</source>
        <translation>A(z) %1 ellenőrző számjegye hibás: olvassa be újra, vagy ellenőrizze az utolsó számjegyet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts like a scale label (weight or price inside): give a weighed item a PLU instead.</source>
        <translation>A(z) %1 mérlegcímkeként kezdődik (súly vagy ár van benne): mérlegelt árunak adjon PLU-t.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already used by %2.</source>
        <translation>A(z) %1 már a(z) %2 terméké.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice (%2).</source>
        <translation>A(z) %1 kétszer szerepel (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits only.</source>
        <translation>Csak számjegyek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>Válasszon a listából.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose piece or kg.</source>
        <translation>Válasszon: darab vagy kg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colour is written #rrggbb, for example #2a9d8f.</source>
        <translation>A színt #rrggbb alakban írja, például #2a9d8f.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a percentage from 0 to 100.</source>
        <translation>A(z) &apos;%1&apos; nem 0 és 100 közötti százalék.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU of a product shared with the server cannot change (it was %1).</source>
        <translation>A szerverrel megosztott termék cikkszáma nem változhat (ez volt: %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VAT rate %1 is used by %2 products: give them another rate first.</source>
        <translation>A(z) %1 ÁFA-kulcsot %2 termék használja: előbb adjon nekik másik kulcsot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1 has %2 products: move them to another category first.</source>
        <translation>A(z) %1 kategóriában %2 termék van: előbb tegye át őket másik kategóriába.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of %1 changed meanwhile. Nothing was written: preview again.</source>
        <translation>Közben megváltozott a(z) %1 ára. Semmi sem íródott be: nézze meg újra az előnézetet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product would change: choose products and a change first.</source>
        <translation>Egy termék sem változna: előbb válasszon termékeket és módosítást.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was deleted meanwhile. The list is up to date again.</source>
        <translation>Ezt közben törölték. A lista ismét naprakész.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner or a manager may change the catalogue.</source>
        <translation>Csak a tulajdonos vagy az üzletvezető módosíthatja a katalógust.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../ui/customer_messages.py" line="-62"/>
        <source>&apos;%1&apos; is not a phone number that can exist. Check the digits, or add the country code (+44 ...) for a foreign number.</source>
        <translation>„%1” nem létező telefonszám. Ellenőrizze a számjegyeket, vagy külföldi számhoz adja meg az országhívószámot (+44 ...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an e-mail address. Check it, or leave the field empty.</source>
        <translation>„%1” nem e-mail-cím. Ellenőrizze, vagy hagyja üresen a mezőt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the customer&apos;s name (a first name is enough).</source>
        <translation>Írja be a vevő nevét (elég a keresztnév).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>Ez a telefonszám már %1 vevőé. Őt rendelje hozzá, ne vegyen fel második kártyát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>Ez az e-mail-cím már %1 vevőé. Őt rendelje hozzá, ne vegyen fel második kártyát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>nevét</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>megjegyzéseit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>címkéit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birthday</source>
        <translation>születésnapját</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the customer&apos;s %1: it is too long, has too many entries or is not a possible value.</source>
        <translation>Ellenőrizze a vásárló %1: túl hosszú, túl sok elemet tartalmaz, vagy nem lehetséges érték.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That customer no longer exists (erased or merged). Search again.</source>
        <translation>Ez a vevő már nem létezik (törölték vagy összevonták). Keressen újra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a loyalty card code, or it has a typo. Scan the card again or search by phone.</source>
        <translation>Ez nem törzsvásárlói kártyakód, vagy elírás van benne. Olvassa be újra a kártyát, vagy keressen telefonszámra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer has the card %1. Search by phone or name and reissue their card.</source>
        <translation>Egy vevőnek sincs %1 számú kártyája. Keressen telefonszámra vagy névre, és adjon ki új kártyát.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card was reported lost and replaced. Search the customer by phone and use their new card.</source>
        <translation>Ezt a kártyát elveszettnek jelentették és lecserélték. Keresse meg a vevőt telefonszám alapján, és használja az új kártyáját.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 points available, %2 needed. Pay the rest another way.</source>
        <translation>Csak %1 pont áll rendelkezésre, %2 kellene. A többit fizesse más módon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupon %1 does not exist. Check the code.</source>
        <translation>A(z) %1 kupon nem létezik. Ellenőrizze a kódot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has already been used.</source>
        <translation>A(z) %1 kupont már felhasználták.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has expired.</source>
        <translation>A(z) %1 kupon lejárt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 is not valid yet.</source>
        <translation>A(z) %1 kupon még nem érvényes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 belongs to another customer. Attach them first.</source>
        <translation>A(z) %1 kupon egy másik vevőé. Először őt rendelje hozzá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reservation is already %1; it can&apos;t be changed that way.</source>
        <translation>Ez a foglalás már %1; így nem módosítható.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback_messages.py" line="+15"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>A jegyzet túl hosszú: legfeljebb %1 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the customer said or what is to be done.</source>
        <translation>Írja be, mit mondott a vásárló, vagy mit kell tenni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether it is a complaint, praise or a request.</source>
        <translation>Válassza ki, hogy panasz, dicséret vagy kérés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority: low, normal or high.</source>
        <translation>Válasszon prioritást: alacsony, normál vagy magas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is to do it: an active member of the staff.</source>
        <translation>Válassza ki, ki végezze el: a személyzet egy aktív tagja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the day it is due.</source>
        <translation>Válassza ki a határidő napját.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can&apos;t be kept as it is typed. Check it and try again.</source>
        <translation>Így, ahogy be van írva, nem menthető. Ellenőrizze, és próbálja újra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is no longer here (it was resolved or removed). The list is up to date again.</source>
        <translation>Ez a jegyzet már nincs itt (megoldották vagy törölték). A lista ismét naprakész.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaint</source>
        <translation>Panasz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Praise</source>
        <translation>Dicséret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Kérés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Alacsony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Normál</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Magas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Nyitott</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Megoldva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till</source>
        <translation>Pénztár</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back office</source>
        <translation>Háttériroda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answer</source>
        <translation>NPS-válasz</translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="-18"/>
        <source>Fiscal register: %1. The till tries again by itself; check the RT if it goes on.</source>
        <translation>Pénztárgép: %1. A kassza magától újra próbálja; ha így marad, ellenőrizze a gépet.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="-119"/>
        <source>A discount above the cashier&apos;s limit</source>
        <translation>A pénztárosi limitet meghaladó kedvezmény</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a price</source>
        <translation>Az ár módosítása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the drawer without a sale</source>
        <translation>A fiók nyitása eladás nélkül</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund</source>
        <translation>A visszáru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing a line or cancelling a sale</source>
        <translation>Egy tétel törlése vagy az eladás visszavonása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking cash out of the drawer</source>
        <translation>Készpénz kivétele a fiókból</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting a customer&apos;s points</source>
        <translation>Egy vásárló pontjainak módosítása</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing a customer&apos;s personal data</source>
        <translation>Egy vásárló személyes adatainak törlése</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is not a valid barcode - check digit wrong or unreadable. Scan again or type the product name.</source>
        <translation>„%1” nem érvényes vonalkód – hibás ellenőrző számjegy vagy olvashatatlan. Olvassa be újra, vagy írja be a termék nevét.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No product has the barcode &apos;%1&apos;. Type the product name to find it, or ask a manager to add the barcode.</source>
        <translation>Nincs termék ezzel a vonalkóddal: „%1”. Keresse meg a termék nevével, vagy kérje meg a vezetőt, hogy vegye fel a vonalkódot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong PIN - 1 attempt left before the till locks.</source>
        <translation>Hibás PIN-kód – még 1 próbálkozás, mielőtt a pénztár zárolódik.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrong PIN - %n attempts left</source>
        <translation>
            <numerusform>Hibás PIN-kód – még %n próbálkozás</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. The till is locked for %n s.</source>
        <translation>
            <numerusform>Túl sok hibás PIN-kód. A pénztár %n másodpercre zárolva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs the owner&apos;s PIN; this PIN can&apos;t approve it.</source>
        <translation>%1 a tulajdonos PIN-kódját kéri; ez a PIN nem hagyhatja jóvá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s or the owner&apos;s PIN; a cashier&apos;s PIN can&apos;t approve it.</source>
        <translation>%1 vezetői vagy tulajdonosi PIN-kódot igényel; pénztárosi PIN-kóddal nem hagyható jóvá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs the owner&apos;s approval. Ask the owner to type their PIN.</source>
        <translation>%1 a tulajdonos jóváhagyását kéri. Kérje meg a tulajdonost, hogy írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s approval. Ask a manager to type their PIN.</source>
        <translation>%1 vezetői jóváhagyást igényel. Kérje meg a vezetőt, hogy írja be a PIN-kódját.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount is more than the amount it applies to. Type a smaller discount.</source>
        <translation>A kedvezmény több, mint az összeg, amelyre vonatkozik. Adjon meg kisebb kedvezményt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount is more than the %1 it applies to. Type a smaller discount.</source>
        <translation>A kedvezmény több, mint az érintett %1. Adjon meg kisebb kedvezményt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment can&apos;t be more than what is due. Type a smaller amount.</source>
        <translation>A kártyás fizetés nem lehet több a fizetendő összegnél. Adjon meg kisebb összeget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payments don&apos;t cover the total yet. Take another payment.</source>
        <translation>A befizetések még nem fedezik a végösszeget. Vegyen fel újabb fizetést.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still to pay. Take another payment.</source>
        <translation>Még %1 fizetendő. Vegyen fel újabb fizetést.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shift is open on this till. Open a shift and count the float first.</source>
        <translation>Ezen a pénztáron nincs nyitott műszak. Először nyisson műszakot, és számolja meg a váltópénzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift is already open on this till. Close it (Z report) before opening a new one.</source>
        <translation>Ezen a pénztáron már van nyitott műszak. Zárja le (Z-jelentés), mielőtt újat nyit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale with receipt number &apos;%1&apos; on this till. Check the number printed on the receipt and try again.</source>
        <translation>Ezen a pénztáron nincs „%1” számú nyugta. Ellenőrizze a nyugtára nyomtatott számot, és próbálja újra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to refund yet: type how many to return on at least one line.</source>
        <translation>Még nincs mit visszavenni: legalább egy tételnél adja meg a visszahozott mennyiséget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has already been returned in full. Set its return quantity to 0.</source>
        <translation>„%1” már teljes egészében visszakerült. Állítsa a visszavett mennyiséget 0-ra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of &apos;%2&apos; can still be returned. Lower the quantity.</source>
        <translation>„%2”: már csak %1 vehető vissza. Csökkentse a mennyiséget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale is empty. Scan or add a product first.</source>
        <translation>A vásárlás üres. Először olvasson be vagy adjon hozzá egy terméket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a lottery code: it has 8 letters or digits. Check the customer&apos;s code.</source>
        <translation>A(z) &apos;%1&apos; nem sorsolási kód: 8 betűből vagy számjegyből áll. Ellenőrizze a vásárló kódját.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lottery code counts only with at least 1 EUR paid by card. Clear the code or pay by card.</source>
        <translation>A sorsolási kód csak legalább 1 EUR kártyás fizetéssel érvényes. Törölje a kódot, vagy fizessen kártyával.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The till could not do that (%1). Try again, or ask a manager.</source>
        <translation>A pénztár ezt nem tudta végrehajtani (%1). Próbálja újra, vagy kérjen segítséget a vezetőtől.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong: %1. Try again; if it keeps happening, restart the till.</source>
        <translation>Váratlan hiba történt: %1. Próbálja újra; ha ismét előfordul, indítsa újra a pénztárprogramot.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>VAT rate %1% has no department on the fiscal register. Set one on the back office&apos;s fiscal page.</source>
        <translation>A(z) %1%-os áfakulcshoz nincs osztály a pénztárgépen. Állítsa be a háttériroda adóügyi oldalán.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return needs the reference of the original fiscal slip. Type it on the back office&apos;s fiscal page.</source>
        <translation>Ehhez a visszavételhez az eredeti nyugta azonosítója kell. Írja be a háttériroda adóügyi oldalán.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type an amount, like 20 or 12.50.</source>
        <translation>Írjon be egy összeget, pl. 20 vagy 12,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: this currency has no decimals. Type a whole amount, like 1500.</source>
        <translation>&apos;%1&apos;: ennek a pénznemnek nincsenek tizedesei. Írjon egész összeget, például 1500.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&apos;%1&apos; has too many decimals: this currency has %n after the decimal mark.</source>
        <translation>
            <numerusform>&apos;%1&apos; túl sok tizedesjegyet tartalmaz: ennél a pénznemnél %n tizedesjegy van.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an amount. Type it like 20 or 12.50.</source>
        <translation>„%1” nem összeg. Így írja be: 20 vagy 12,50.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_texts.py" line="-13"/>
        <source>The server refused this code: it is wrong, used or expired. Ask the owner for a new one.</source>
        <translation>A szerver elutasította a kódot: hibás, már felhasznált vagy lejárt. Kérjen újat a tulajdonostól.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error (%1). Try again later.</source>
        <translation>A szerver hibával válaszolt (%1). Próbálja újra később.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server at this address. Check the address and the network.</source>
        <translation>A szerver ezen a címen nem érhető el. Ellenőrizze a címet és a hálózatot.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another Bottega window on this computer is syncing this shop&apos;s data. Close it, or wait: this window takes over when it closes.</source>
        <translation>Egy másik Bottega-ablak ezen a gépen szinkronizálja a bolt adatait. Zárja be, vagy várjon: ez az ablak átveszi, amikor az bezárul.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changes made here have not reached the server yet. Press Sync now and try again when none wait, or export them to a file first.</source>
        <translation>Az itt végzett %1 változás még nem jutott el a szerverre. Nyomja meg a Szinkronizálás most gombot, és próbálja újra, ha már nincs várakozó, vagy előbb exportálja őket fájlba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>soha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer&apos;s clock is %1 min behind the server: correct its date and time.</source>
        <translation>A számítógép órája %1 perccel késik a szerverhez képest: állítsa be a dátumot és az időt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 min ahead of the server: correct its date and time.</source>
        <translation>A számítógép órája %1 perccel siet a szerverhez képest: állítsa be a dátumot és az időt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>%1 waiting</source>
        <translation>%1 várakozik</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No server · %1</source>
        <translation>Nincs szerver · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced by another Bottega window · %1</source>
        <translation>Egy másik Bottega ablak szinkronizál · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online · %1 · synced %2</source>
        <translation>Online · %1 · szinkronizálva %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting… · %1</source>
        <translation>Kapcsolódás… · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1 · last sync %2</source>
        <translation>A szinkronizálás hibás · %1 · utolsó szinkronizálás %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline · %1 · last sync %2</source>
        <translation>Offline · %1 · utolsó szinkronizálás %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>%1 · shop history %2%</source>
        <translation>%1 · bolti előzmények %2%</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Clock wrong! %1</source>
        <translation>Rossz az óra! %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1</source>
        <translation>A szinkronizálás hibás · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1 · %2</source>
        <translation>Offline %1 óta · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="+43"/>
        <source>Server and sync settings</source>
        <translation>Szerver- és szinkronizálási beállítások</translation>
    </message>
</context>
</TS>
