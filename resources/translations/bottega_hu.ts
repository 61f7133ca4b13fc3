<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+37"/>
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
        <location filename="../../ui/approval_dialog.py" line="+20"/>
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
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/back_office.py" line="+41"/>
        <source>Staff</source>
        <translation>Személyzet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>Bolt beállításai</translation>
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
        <location filename="../../ui/back_office.py" line="+24"/>
        <location line="+71"/>
        <source>Bottega – back office – %1</source>
        <translation>Bottega – háttériroda – %1</translation>
    </message>
    <message>
        <location line="-22"/>
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
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+27"/>
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
        <location filename="../../ui/cash_dialog.py" line="+18"/>
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
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift_dialog.py" line="+21"/>
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
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+65"/>
        <source>%1: details saved.</source>
        <translation>%1: adatok mentve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the loyalty card</source>
        <translation>Törzsvásárlói kártya mentése</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+48"/>
        <source>Could not save %1: %2</source>
        <translation>Nem sikerült menteni: %1: %2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Card %1 saved to %2: print it on card stock at actual size.</source>
        <translation>A(z) %1 kártya mentve ide: %2. Nyomtassa kartonra, valós méretben.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+22"/>
        <source>%1 points recorded for %2.</source>
        <translation>%1 pont rögzítve: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+10"/>
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
        <location filename="../../ui/customer_area.py" line="+42"/>
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
        <location filename="../../ui/customer_panel.py" line="+134"/>
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
        <location line="+7"/>
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
        <location line="+18"/>
        <source>card %1</source>
        <translation>kártya: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No phone or e-mail</source>
        <translation>Nincs telefonszám vagy e-mail</translation>
    </message>
    <message>
        <location line="-88"/>
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
        <location line="+10"/>
        <source>Receipts (%1)</source>
        <translation>Nyugták (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/reservations_view.py" line="+141"/>
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
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_edit.py" line="+28"/>
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
        <location line="+5"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+4"/>
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
        <location line="+41"/>
        <source>“%1” is not a birthday. Type it like %2, or leave it empty.</source>
        <translation>„%1” nem születésnap. Így írja be: %2, vagy hagyja üresen.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift_dialog.py" line="+16"/>
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
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+33"/>
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
        <location line="+46"/>
        <source>That sale is no longer parked (recalled on another screen). Choose another.</source>
        <translation>Ez a vásárlás már nincs félretéve (egy másik képernyőn visszahívták). Válasszon másikat.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="+35"/>
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
        <location line="+18"/>
        <source>Amount received (empty = exact amount)</source>
        <translation>Kapott összeg (üres = pontos összeg)</translation>
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
        <location line="+28"/>
        <source>A card payment can&apos;t be more than what is left: %1.</source>
        <translation>A kártyás fizetés nem lehet több a hátralévő összegnél: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No points to pay with.</source>
        <translation>Nincs beváltható pont.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not an amount. Type it like 20 or 12.50.</source>
        <translation>„%1” nem összeg. Így írja be: 20 vagy 12,50.</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="-77"/>
        <location line="+82"/>
        <source>Still to pay back: %1</source>
        <translation>Még visszafizetendő: %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../ui/printer_setup.py" line="+68"/>
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
        <location line="+7"/>
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
        <location line="+36"/>
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
        <location line="+8"/>
        <source>This folder can&apos;t be written. Choose another folder.</source>
        <translation>Ebbe a mappába nem lehet írni. Válasszon másik mappát.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../ui/printing.py" line="+31"/>
        <source>The cash drawer did not open (%1). Check the printer and its drawer cable.</source>
        <translation>A pénzfiók nem nyílt ki (%1). Ellenőrizze a nyomtatót és a fiók kábelét.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - receipt %2 kept, press F9 to reprint</source>
        <translation>%1 - a nyugta (%2) megmaradt, újranyomtatás: F9</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="+23"/>
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
        <location filename="../../ui/customer_panel.py" line="-228"/>
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
        <location filename="../../ui/refund_dialog.py" line="+157"/>
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
        <location line="+74"/>
        <source>Choose or type the reason for the refund.</source>
        <translation>Válassza ki vagy írja be a visszavétel okát.</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location line="-269"/>
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
        <location filename="../../ui/customer_register.py" line="+47"/>
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
        <location line="+38"/>
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
        <location line="+28"/>
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
        <location line="+14"/>
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
        <location line="+52"/>
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
        <location line="-213"/>
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
        <location filename="../../ui/reserve_dialog.py" line="+23"/>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="+117"/>
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
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Semmi sem lett mentve: javítsa a pirossal jelölt mezőket.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Csak tulajdonos módosíthatja a bolt beállításait.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../ui/setup_wizard.py" line="+20"/>
        <source>Welcome to Bottega</source>
        <translation>Üdvözli a Bottega</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set up your shop</source>
        <translation>Állítsa be az üzletét</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can change everything later. The owner&apos;s PIN signs in at the till.</source>
        <translation>Később mindent módosíthat. A tulajdonos PIN-kódjával lehet belépni a pénztárba.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shop name</source>
        <translation>Üzlet neve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s name</source>
        <translation>Tulajdonos neve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN-kód (4–8 számjegy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN-kód újra</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+13"/>
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
        <location filename="../../ui/backoffice_settings.py" line="-176"/>
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
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.py" line="+27"/>
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
        <location line="+3"/>
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
        <location filename="../../ui/backoffice_staff.py" line="+49"/>
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
        <location line="+12"/>
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
        <location line="+40"/>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add someone</source>
        <translation>Új munkatárs</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+89"/>
        <source>Choose someone in the list.</source>
        <translation>Válasszon valakit a listából.</translation>
    </message>
    <message>
        <location line="-86"/>
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
        <location line="+77"/>
        <source>Deactivate</source>
        <translation>Letiltás</translation>
    </message>
    <message>
        <location line="-70"/>
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
        <location line="+18"/>
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
        <location line="+44"/>
        <source>Reactivate with the new PIN</source>
        <translation>Újraaktiválás az új PIN-kóddal</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+7"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>A két PIN eltér. Írja be kétszer ugyanazt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 mostantól bejelentkezhet a PIN-kódjával.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+11"/>
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
        <location filename="../../ui/sync_settings.py" line="+45"/>
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
        <location line="+6"/>
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
        <location line="+20"/>
        <source>Type the server address, the enrolment code and a name for this till.</source>
        <translation>Írja be a szerver címét, a regisztrációs kódot és a kassza nevét.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+10"/>
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
        <location filename="../../ui/till_window.py" line="+72"/>
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
        <location filename="../../ui/totals_panel.py" line="+30"/>
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
        <location filename="../../ui/till_header.py" line="+23"/>
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
        <location line="+42"/>
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
        <location line="+14"/>
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
        <location line="+19"/>
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
        <location line="+13"/>
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
    <name>ZReportView</name>
    <message>
        <location filename="../../ui/zreport_view.py" line="+68"/>
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
        <location line="+11"/>
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
        <location line="+6"/>
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
    <name>customers</name>
    <message>
        <location filename="../../ui/customer_messages.py" line="+19"/>
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
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+20"/>
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
        <location line="+13"/>
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
        <source>The till could not do that (%1). Try again, or ask a manager.</source>
        <translation>A pénztár ezt nem tudta végrehajtani (%1). Próbálja újra, vagy kérjen segítséget a vezetőtől.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong: %1. Try again; if it keeps happening, restart the till.</source>
        <translation>Váratlan hiba történt: %1. Próbálja újra; ha ismét előfordul, indítsa újra a pénztárprogramot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type an amount, like 20 or 12.50.</source>
        <translation>Írjon be egy összeget, pl. 20 vagy 12,50.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not an amount. Type it like 20 or 12.50.</source>
        <translation>„%1” nem összeg. Így írja be: 20 vagy 12,50.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_settings.py" line="-156"/>
        <source>The server refused this code: it is wrong, used or expired. Ask the owner for a new one.</source>
        <translation>A szerver elutasította a kódot: hibás, már felhasznált vagy lejárt. Kérjen újat a tulajdonostól.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with an error (%1). Try again later.</source>
        <translation>A szerver hibával válaszolt (%1). Próbálja újra később.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server at this address. Check the address and the network.</source>
        <translation>A szerver ezen a címen nem érhető el. Ellenőrizze a címet és a hálózatot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolling failed: %1</source>
        <translation>A regisztráció nem sikerült: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes made here have not reached the server yet. Press Sync now and try again when none wait, or export them to a file first.</source>
        <translation>Az itt végzett %1 változás még nem jutott el a szerverre. Nyomja meg a Szinkronizálás most gombot, és próbálja újra, ha már nincs várakozó, vagy előbb exportálja őket fájlba.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="+24"/>
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
        <location line="+25"/>
        <source>%1 waiting</source>
        <translation>%1 várakozik</translation>
    </message>
    <message>
        <location line="-23"/>
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
        <source>Offline · %1 · last sync %2</source>
        <translation>Offline · %1 · utolsó szinkronizálás %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Clock wrong! %1</source>
        <translation>Rossz az óra! %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
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
        <location line="+31"/>
        <source>Server and sync settings</source>
        <translation>Szerver- és szinkronizálási beállítások</translation>
    </message>
</context>
</TS>
