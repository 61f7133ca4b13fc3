<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+38"/>
        <source>Adjust points</source>
        <translation>Correggi punti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has %2 points. Type the points to add (or a minus to take away) and why; it is recorded with your name.</source>
        <translation>%1 ha %2 punti. Scrivi i punti da aggiungere (o un meno per toglierli) e il motivo; viene registrato con il tuo nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust (Enter)</source>
        <translation>Correggi (Invio)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. points of a receipt scanned without the card</source>
        <translation>es. punti di uno scontrino fatto senza tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type how many points to add, or a minus to take some away.</source>
        <translation>Scrivi quanti punti aggiungere, o un meno per toglierne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why, so the owner can check it later.</source>
        <translation>Scrivi il motivo, così il titolare potrà verificarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have only %1 points; a correction can&apos;t take away more.</source>
        <translation>Ha solo %1 punti; una correzione non può toglierne di più.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="+21"/>
        <source>Owner approval</source>
        <translation>Autorizzazione del titolare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs the owner. Ask the owner to type their PIN.</source>
        <translation>%1 richiede il titolare. Chiedi al titolare di digitare il suo PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager approval</source>
        <translation>Autorizzazione del responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a manager. Ask a manager or the owner to type their PIN.</source>
        <translation>%1 richiede un responsabile. Chiedi a un responsabile o al titolare di digitare il suo PIN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested by %1</source>
        <translation>Richiesto da %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manager can try the PIN again.</source>
        <translation>Il responsabile può riprovare il PIN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Il PIN ha da 4 a 8 cifre.</translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message>
        <location filename="../../ui/backoffice_automations.py" line="+67"/>
        <source>Save rules</source>
        <translation>Salva le regole</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% off</source>
        <translation>% di sconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>importo di sconto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Birthday reward</source>
        <translation>Regalo di compleanno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days before the birthday</source>
        <translation>Giorni prima del compleanno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty programme&apos;s birthday reward (points or a coupon), given early so the greeting can say so; never twice in a year.</source>
        <translation>Il regalo di compleanno della tessera fedeltà (punti o un buono), dato in anticipo perché gli auguri possano annunciarlo; mai due volte in un anno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A regular is slipping away</source>
        <translation>Un cliente abituale si sta allontanando</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Coupon</source>
        <translation>Buono</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Valid for (days)</source>
        <translation>Valido per (giorni)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Thank you at a visit</source>
        <translation>Grazie a una visita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At visit number</source>
        <translation>Alla visita numero</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the coupon&apos;s value as a number: 10 for 10 % off, or the amount off.</source>
        <translation>Scrivi il valore del buono come numero: 10 per il 10 % di sconto, oppure l&apos;importo scontato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rules saved. Those that are on run when a shift opens, when the back office opens, and on &quot;Run now&quot;.</source>
        <translation>Regole salvate. Quelle attive partono all&apos;apertura di un turno, all&apos;apertura del back office e con «Esegui ora».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the automations did</source>
        <translation>Cosa hanno fatto le automazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run now</source>
        <translation>Esegui ora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be told by</source>
        <translation>Avvisabile via</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <source>Contact list</source>
        <translation>Lista contatti</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
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
        <translation>App di messaggistica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away</source>
        <translation>Si sta allontanando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n punti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 % off</source>
        <translation>buono del %1 % di sconto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 off</source>
        <translation>buono da %1 di sconto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no consent</source>
        <translation>nessun consenso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running…</source>
        <translation>In esecuzione…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reward(s) given now; nothing is given twice.</source>
        <translation>
            <numerusform>%n premio dato ora; niente viene dato due volte.</numerusform>
            <numerusform>%n premi dati ora; niente viene dato due volte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contatto scritto in %1</numerusform>
            <numerusform>%n contatti scritti in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>(%n escluso: nessun consenso per questo canale, o nessun recapito).</numerusform>
            <numerusform>(%n esclusi: nessun consenso per questo canale, o nessun recapito).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/back_office.py" line="+39"/>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>Importa ed esporta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulars and birthdays</source>
        <translation>Clienti abituali e compleanni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>Impostazioni negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports for the accountant</source>
        <translation>Esportazioni per il commercialista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal register</source>
        <translation>Registratore telematico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>Automazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback and follow-ups</source>
        <translation>Segnalazioni e promemoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
</context>
<context>
    <name>BackOfficeForm</name>
    <message>
        <location filename="../../ui/backoffice_form.py" line="+83"/>
        <source>This can&apos;t be left empty.</source>
        <translation>Questo campo non può restare vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid tax id for %1: check the digits, or leave it empty.</source>
        <translation>Non è un identificativo fiscale valido per %1: controlla le cifre o lascia il campo vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a percent from 0 to 100, like 10 or 12,5.</source>
        <translation>Scrivi una percentuale da 0 a 100, come 10 o 12,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number above zero.</source>
        <translation>Scrivi un numero maggiore di zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 0 or a whole number above it.</source>
        <translation>Scrivi 0 o un numero intero maggiore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the receipt languages.</source>
        <translation>Scegli una delle lingue dello scontrino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix is two digits from 20 to 29 (or 02); separate them with spaces.</source>
        <translation>Un prefisso è di due cifre da 20 a 29 (o 02); separali con spazi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix can&apos;t be for weight and for price at once.</source>
        <translation>Un prefisso non può valere sia per il peso sia per il prezzo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item code has 4 or 5 digits.</source>
        <translation>Il codice articolo ha 4 o 5 cifre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tier needs its own name, a spend of 0 or more and a rate above 0.</source>
        <translation>Ogni livello vuole un nome diverso, una spesa di 0 o più e un tasso maggiore di 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount, like 20 or 12,50.</source>
        <translation>Scrivi un importo, come 20 o 12,50.</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/back_office.py" line="+28"/>
        <location line="+99"/>
        <source>Bottega – back office – %1</source>
        <translation>Bottega – back office – %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish to the other tills</source>
        <translation>Pubblica sulle altre casse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the till  Ctrl+B</source>
        <translation>Torna alla cassa  Ctrl+B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out  Ctrl+Q</source>
        <translation>Esci  Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+57"/>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of all the shop&apos;s data (sales, customers, products, settings) in a folder you choose: a USB stick or a network folder, not this computer&apos;s own disk. Each copy is checked before it counts. Selling goes on while it is made.</source>
        <translation>Una copia di tutti i dati del negozio (vendite, clienti, prodotti, impostazioni) in una cartella a tua scelta: una chiavetta USB o una cartella di rete, non il disco di questo computer. Ogni copia viene verificata prima di essere valida. Si continua a vendere mentre viene fatta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups in the folder</source>
        <translation>Backup nella cartella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from another file…</source>
        <translation>Ripristina da un altro file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation>Ripristina questo backup…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the owner can restore a backup.</source>
        <translation>Solo il titolare può ripristinare un backup.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last good backup</source>
        <translation>Ultimo backup riuscito</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 receipts · %3
%4</source>
        <translation>%1 · %2 scontrini · %3
%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>Nessuno finora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are off: choose a folder and press Save.</source>
        <translation>I backup sono disattivati: scegli una cartella e premi Salva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup has been made yet: press Back up now.</source>
        <translation>Non è ancora stato fatto nessun backup: premi Esegui backup ora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last good backup is more than a day old.</source>
        <translation>L&apos;ultimo backup riuscito ha più di un giorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last backup failed: %1</source>
        <translation>L&apos;ultimo backup non è riuscito: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up… selling goes on.</source>
        <translation>Backup in corso… si continua a vendere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up and checked: %1</source>
        <translation>Backup eseguito e verificato: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where and when</source>
        <translation>Dove e quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A USB stick or a network folder</source>
        <translation>Una chiavetta USB o una cartella di rete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups of this till</source>
        <translation> backup di questa cassa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day (the first start of the day, and at midnight while open)</source>
        <translation>Ogni giorno (al primo avvio del giorno e a mezzanotte se aperta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a shift is closed</source>
        <translation>Alla chiusura di un turno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for backups</source>
        <translation>Cartella per i backup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no folder %1. Plug in the stick or choose another folder.</source>
        <translation>La cartella %1 non esiste. Inserisci la chiavetta o scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made at</source>
        <translation>Eseguito il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop · till</source>
        <translation>Negozio · cassa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last receipt</source>
        <translation>Ultimo scontrino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Scontrini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not a readable backup</source>
        <translation>Backup non leggibile</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>Backup da ripristinare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottega backups (*.db)</source>
        <translation>Backup di Bottega (*.db)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s data now comes from the backup made %1. The data as it was is kept in %2.

Bottega closes now: start it again and sign in.</source>
        <translation>Ora i dati del negozio sono quelli del backup del %1. I dati precedenti sono conservati in %2.

Bottega ora si chiude: riavvialo e accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Bottega (Enter)</source>
        <translation>Chiudi Bottega (Invio)</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/backoffice_campaigns.py" line="+53"/>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We miss you</source>
        <translation>Ci manchi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer A</source>
        <translation>Offerta A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer B</source>
        <translation>Offerta B</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid</source>
        <translation>Validità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment is split at random, once: A, B and a control group that gets nothing, so the results show what the offer itself changed.</source>
        <translation>Il segmento viene diviso a caso, una volta sola: A, B e un gruppo di controllo che non riceve nulla, così i risultati mostrano cosa ha cambiato l&apos;offerta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create campaign</source>
        <translation>Crea campagna</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% off</source>
        <translation>% di sconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>importo di sconto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regulars slipping away</source>
        <translation>Abituali che si allontanano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>Fedeli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>Promettenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away (RFM)</source>
        <translation>Si allontanano (RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Persi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) today</source>
        <translation>
            <numerusform>%n cliente oggi</numerusform>
            <numerusform>%n clienti oggi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type each offer as a number: 10 for 10 % off, or the amount off.</source>
        <translation>Scrivi ogni offerta come numero: 10 per il 10 % di sconto, oppure l&apos;importo scontato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the groups and issuing the coupons…</source>
        <translation>Sorteggio dei gruppi ed emissione dei buoni…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n partecipante</numerusform>
            <numerusform>%n partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Came back</source>
        <translation>Tornati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coupons used</source>
        <translation>Buoni usati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average basket</source>
        <translation>Scontrino medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uplift</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Came back and bought during the offer, with its 95 % interval; the grey band is the control group&apos;s.</source>
        <translation>Tornati a comprare durante l&apos;offerta, con l&apos;intervallo al 95 %; la fascia grigia è quella del gruppo di controllo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Contact list</source>
        <translation>Lista contatti</translation>
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
        <translation>App di messaggistica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Control</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no offer</source>
        <translation>nessuna offerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % off</source>
        <translation>%1 % di sconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off</source>
        <translation>%1 di sconto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No campaign yet: make the first one on the left.</source>
        <translation>Ancora nessuna campagna: crea la prima a sinistra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 per member</source>
        <translation>%1 a partecipante</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points
(%2 to %3)</source>
        <translation>%1 punti
(da %2 a %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: more customers came back than without an offer — the intervals are apart.</source>
        <translation>%1: sono tornati più clienti che senza offerta — gli intervalli sono separati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fewer customers came back than without an offer — the intervals are apart.</source>
        <translation>%1: sono tornati meno clienti che senza offerta — gli intervalli sono separati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not enough data yet — its interval and the control group&apos;s overlap, so the difference may be chance.</source>
        <translation>%1: dati ancora insufficienti — il suo intervallo e quello del gruppo di controllo si sovrappongono, la differenza può essere un caso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%n contatto scritto in %1</numerusform>
            <numerusform>%n contatti scritti in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>(%n escluso: nessun consenso per questo canale, o nessun recapito).</numerusform>
            <numerusform>(%n esclusi: nessun consenso per questo canale, o nessun recapito).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+28"/>
        <source>Product</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Sconto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../ui/cash_dialog.py" line="+17"/>
        <source>Cash in / out</source>
        <translation>Versamenti / prelievi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record (Enter)</source>
        <translation>Registra (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash in  (F1)</source>
        <translation>Versamento  (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out  (F2)</source>
        <translation>Prelievo  (F2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type why</source>
        <translation>Scegli o scrivi il motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drawer should hold %1 now.</source>
        <translation>Ora nel cassetto dovrebbero esserci %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change added</source>
        <translation>Aggiunto fondo resto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change from the safe</source>
        <translation>Monete dalla cassaforte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Correzione</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Supplier paid</source>
        <translation>Pagamento fornitore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takings to the bank</source>
        <translation>Versamento in banca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the safe</source>
        <translation>In cassaforte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop expenses</source>
        <translation>Spese del negozio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Put in the drawer (Enter)</source>
        <translation>Metti nel cassetto (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take out (Enter)</source>
        <translation>Preleva (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the amount put in or taken out; it can&apos;t be 0.</source>
        <translation>Digita l&apos;importo versato o prelevato; non può essere 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type a reason: it goes in the shift report and the audit log.</source>
        <translation>Scegli o scrivi un motivo: finisce nel rapporto del turno e nel registro di controllo.</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+124"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour (#rrggbb)</source>
        <translation>Colore (#rrggbb)</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift_dialog.py" line="+20"/>
        <source>Close the shift</source>
        <translation>Chiusura cassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count all the cash in the drawer and type the total. The Z report is final: after it, this till needs a new shift to sell.</source>
        <translation>Conta tutto il contante nel cassetto e digita il totale. La chiusura Z è definitiva: dopo, questa cassa deve aprire un nuovo turno per vendere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close shift (Enter)</source>
        <translation>Chiudi cassa (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cash counted</source>
        <translation>Contante contato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected: %1</source>
        <translation>Previsto: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Matches the drawer ✓</source>
        <translation>Il cassetto quadra ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by %1</source>
        <translation>Mancano %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over by %1</source>
        <translation>Eccedenza di %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The drawer is %1 short. Count again, or press Enter again to close the shift anyway.</source>
        <translation>Nel cassetto mancano %1. Conta di nuovo, o premi ancora Enter per chiudere comunque la cassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is %1 over. Count again, or press Enter again to close the shift anyway.</source>
        <translation>Nel cassetto ci sono %1 in più. Conta di nuovo, o premi ancora Enter per chiudere comunque la cassa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shift closed</source>
        <translation>Cassa chiusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report no. %1 is stored. Press Enter to sign out of the till.</source>
        <translation>Chiusura Z n. %1 salvata. Premi Enter per uscire dalla cassa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done (Enter)</source>
        <translation>Fine (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="+14"/>
        <source>Customer fields</source>
        <translation>Campi cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields of your own on every customer card, e.g. “Dog&apos;s name” or “Preferred cut”. For a list, type its choices separated by commas.</source>
        <translation>Campi tuoi su ogni scheda cliente, ad es. “Nome del cane” o “Taglio preferito”. Per un elenco, scrivi le scelte separate da virgole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Scelte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a field</source>
        <translation>Aggiungi un campo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of a list</source>
        <translation>Uno di un elenco</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+72"/>
        <source>Every field needs a label.</source>
        <translation>Ogni campo ha bisogno di un&apos;etichetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is there twice.</source>
        <translation>“%1” c&apos;è due volte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has no kind.</source>
        <translation>“%1” non ha un tipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a list: type its choices, separated by commas.</source>
        <translation>“%1” è un elenco: scrivi le scelte separate da virgole.</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+56"/>
        <source>%1: details saved.</source>
        <translation>%1: dati salvati.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 put aside for %2.</source>
        <translation>%1 messo da parte per %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the loyalty card</source>
        <translation>Salva la tessera fedeltà</translation>
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
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Card %1 saved to %2: print it on card stock at actual size.</source>
        <translation>Tessera %1 salvata in %2: stampala su cartoncino a grandezza reale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card %1 will stop working at once. Then save the new card to print it.</source>
        <translation>La tessera %1 smetterà subito di funzionare. Poi salva la nuova tessera per stamparla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no card yet. Save their first card to print it.</source>
        <translation>%1 non ha ancora una tessera. Salva la prima tessera per stamparla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace a lost card</source>
        <translation>Sostituisci una tessera persa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace (Enter)</source>
        <translation>Sostituisci (Invio)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 points recorded for %2.</source>
        <translation>%1 punti registrati per %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note saved for %1.</source>
        <translation>Nota salvata per %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the customer&apos;s data</source>
        <translation>Salva i dati del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their data is in %1 and, to read, %2.</source>
        <translation>I suoi dati sono in %1 e, da leggere, in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>Un reso resta al cliente del suo scontrino. Prima concludilo o annullalo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, e-mail, birthday, notes and consents of %1 are removed and their card stops working. Receipts, VAT and points stay, under an anonymous number. This can&apos;t be undone.</source>
        <translation>Nome, telefono, e-mail, compleanno, note e consensi di %1 vengono rimossi e la tessera smette di funzionare. Scontrini, IVA e punti restano, sotto un numero anonimo. Non si può annullare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this customer</source>
        <translation>Cancella questo cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase (Enter)</source>
        <translation>Cancella (Invio)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 still has goods put aside: pick them up or cancel the reservation, then erase.</source>
        <translation>%1 ha ancora merce prenotata: fai ritirare o annulla la prenotazione, poi cancella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was erased; their receipts and points stay without a name.</source>
        <translation>%1 è stato cancellato; scontrini e punti restano senza nome.</translation>
    </message>
</context>
<context>
    <name>CustomerArea</name>
    <message>
        <location filename="../../ui/customer_area.py" line="+43"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>Un reso resta al cliente del suo scontrino. Prima concludilo o annullalo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome, %1: registered and attached to this sale.</source>
        <translation>Benvenuto, %1: registrato e collegato a questa vendita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attached to this sale.</source>
        <translation>%1 collegato a questa vendita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happy birthday! Their birthday gift has been added.</source>
        <translation>Buon compleanno! Il regalo di compleanno è stato aggiunto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer removed from this sale.</source>
        <translation>Cliente tolto da questa vendita.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan the items first, then the coupon.</source>
        <translation>Prima scansiona gli articoli, poi il buono.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupon %1 applied.</source>
        <translation>Buono %1 applicato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finish, park or cancel this sale before a return.</source>
        <translation>Concludi, sospendi o annulla questa vendita prima di un reso.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan or add the items to put aside, then press Reserve.</source>
        <translation>Scansiona o aggiungi gli articoli da mettere da parte, poi premi Prenota.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put aside until %1.</source>
        <translation>Messo da parte fino al %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit taken: %1.</source>
        <translation>Acconto incassato: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish this sale or refund before a pickup.</source>
        <translation>Concludi questa vendita o questo reso prima di un ritiro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reservation on the sale: check the weights, then F12. The deposit is already counted.</source>
        <translation>Prenotazione nella vendita: controlla i pesi, poi F12. L&apos;acconto è già conteggiato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale in progress was parked (F8 recalls it).</source>
        <translation>La vendita in corso è stata sospesa (F8 per riprenderla).</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="+135"/>
        <source>Remove ✕</source>
        <translation>Togli ✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the sale without this customer</source>
        <translation>Continua la vendita senza questo cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit details and consents…</source>
        <translation>Modifica dati e consensi…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details and consents, loyalty card, points correction, data export or erasure</source>
        <translation>Dati e consensi, tessera fedeltà, correzione punti, esportazione o cancellazione dei dati</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Receipts</source>
        <translation>Scontrini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Birthday %1</source>
        <translation>Compleanno %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points · %2</source>
        <translation>%1 punti · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime points: %1 · spent in the last 12 months: %2</source>
        <translation>Punti totali: %1 · speso negli ultimi 12 mesi: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>card %1</source>
        <translation>tessera %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No phone or e-mail</source>
        <translation>Nessun telefono o e-mail</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Put their usual aside</source>
        <translation>Metti da parte il solito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print loyalty card</source>
        <translation>Stampa tessera fedeltà</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace a lost card</source>
        <translation>Sostituisci una tessera persa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust points…</source>
        <translation>Correggi punti…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a note (complaint, praise, request)…</source>
        <translation>Prendi nota (reclamo, complimento, richiesta)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export their data (JSON + PDF)…</source>
        <translation>Esporta i suoi dati (JSON + PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this customer…</source>
        <translation>Cancella questo cliente…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More ▾</source>
        <translation>Altro ▾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use coupon</source>
        <translation>Usa buono</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usually buys: %1</source>
        <translation>Compra spesso: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchases yet</source>
        <translation>Ancora nessun acquisto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usually buys %1 every ~%2 days, last %3 days ago</source>
        <translation>Di solito compra %1 ogni ~%2 giorni, l&apos;ultima volta %3 giorni fa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts (%1)</source>
        <translation>Scontrini (%1)</translation>
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
        <translation>messaggi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing: no consent given</source>
        <translation>Marketing: nessun consenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by: %1</source>
        <translation>Marketing consentito via: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birthday gift: %1 points</source>
        <translation>Regalo di compleanno: %1 punti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon %1: %2 off</source>
        <translation>Buono %1: %2 di sconto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First visit</source>
        <translation>Prima visita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last visit %1</source>
        <translation>Ultima visita %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reserved (%1)</source>
        <translation>Prenotazioni (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerReservations</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+142"/>
        <source>Pick up</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve…</source>
        <translation>Prenota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the items of this sale aside for the customer</source>
        <translation>Metti da parte gli articoli di questa vendita per il cliente</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../ui/customer_search.py" line="+43"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the phone number (any way, or its last digits), part of the name or the e-mail, or scan the loyalty card. Enter attaches the highlighted customer.</source>
        <translation>Digita il numero di telefono (come vuoi, o le ultime cifre), parte del nome o l&apos;e-mail, o scansiona la tessera fedeltà. Enter collega il cliente evidenziato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach (Enter)</source>
        <translation>Collega (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone, name, e-mail or card</source>
        <translation>Telefono, nome, e-mail o tessera</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New customer (F4)</source>
        <translation>Nuovo cliente (F4)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n cliente trovato</numerusform>
            <numerusform>%n clienti trovati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1”. Press F4 to register them.</source>
        <translation>Nessun cliente corrisponde a “%1”. Premi F4 per registrarlo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No customer matches “%1”. Check what was typed, or press F4 to register them.</source>
        <translation>Nessun cliente corrisponde a “%1”. Controlla cosa hai scritto, o premi F4 per registrarlo.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/backoffice_customers.py" line="+55"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>Ultimi 10 anni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved segment</source>
        <translation>Segmento salvato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value contains…</source>
        <translation>il valore contiene…</translation>
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
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>name or SKU</source>
        <translation>nome o codice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>Etichetta cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom field</source>
        <translation>Campo personalizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Spent at least</source>
        <translation>Ha speso almeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits at least</source>
        <translation>Visite almeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came in the last … days</source>
        <translation>Venuto negli ultimi … giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen for … days</source>
        <translation>Non visto da … giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought product</source>
        <translation>Ha comprato il prodotto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought from category</source>
        <translation>Ha comprato dalla categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by</source>
        <translation>Marketing consentito via</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday in</source>
        <translation>Compleanno a</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone or e-mail</source>
        <translation>Telefono o e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>Ultima visita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tag, e.g. restaurant</source>
        <translation>un&apos;etichetta, ad es. ristorante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag to all listed</source>
        <translation>Aggiungi a tutti in elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag from all listed</source>
        <translation>Togli a tutti in elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save segment…</source>
        <translation>Salva segmento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer fields…</source>
        <translation>Campi cliente…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>Lettura della storia del negozio…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history could not be read: %1</source>
        <translation>Non è stato possibile leggere la storia: %1</translation>
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
        <translation>App di messaggistica</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” is not an amount.</source>
        <translation>“%1” non è un importo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 customers · %2 of takings</source>
        <translation>%1 clienti · %2 dell&apos;incasso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers · %2 spent · %3 of takings</source>
        <translation>%1 clienti · %2 spesi · %3 dell&apos;incasso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the tag first.</source>
        <translation>Prima scrivi l&apos;etichetta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers changed.</source>
        <translation>%1 clienti modificati.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save segment</source>
        <translation>Salva segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the segment</source>
        <translation>Nome del segmento</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="+96"/>
        <source>Above %1 a manager&apos;s PIN is needed. Empty removes the discount.</source>
        <translation>Oltre il %1 serve il PIN di un responsabile. Vuoto toglie lo sconto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent %</source>
        <translation>Percentuale %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
</context>
<context>
    <name>DueFollowUpsDialog</name>
    <message>
        <location filename="../../ui/follow_ups_dialog.py" line="+14"/>
        <source>Your follow-ups for today</source>
        <translation>I tuoi promemoria di oggi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick one off when it is done; the rest wait for later.</source>
        <translation>Spunta quello che hai fatto; gli altri restano per dopo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue (Enter)</source>
        <translation>Continua (Invio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done ✓</source>
        <translation>Fatto ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later (Esc)</source>
        <translation>Più tardi (Esc)</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_edit.py" line="+25"/>
        <source>Customer details</source>
        <translation>Dati del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change what the customer tells you. Tick a consent only if they say yes; untick it if they withdraw it.</source>
        <translation>Modifica ciò che il cliente ti dice. Spunta un consenso solo se dice sì; toglilo se lo revoca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Enter)</source>
        <translation>Salva (Invio)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comma between tags, e.g. restaurant, celiac</source>
        <translation>Tag separati da virgola, es. ristorante, celiaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>Compleanno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>App di messaggi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing OK by</source>
        <translation>Consenso marketing via</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+8"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” non è un numero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a date. Type it like 2026-05-31.</source>
        <translation>%1: “%2” non è una data. Scrivila come 2026-05-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: “%2” non è tra le scelte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: too long (at most 200 characters).</source>
        <translation>%1: troppo lungo (al massimo 200 caratteri).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit.py" line="+65"/>
        <source>“%1” is not a birthday. Type it like %2, or leave it empty.</source>
        <translation>“%1” non è una data di compleanno. Scrivila come %2, o lascia vuoto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This phone number already belongs to %1.</source>
        <translation>Questo numero è già di %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail already belongs to %1.</source>
        <translation>Questa e-mail è già di %1.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+59"/>
        <source>Exports for the accountant</source>
        <translation>Esportazioni per il commercialista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales journal, VAT per day and rate, payments, refunds, cash movements, discounts and the Z reports of a period, as spreadsheets, an Excel workbook and a PDF summary, in one new folder with a zip of them. Nothing is sent: you attach the zip to your e-mail.</source>
        <translation>Il giornale delle vendite, l&apos;IVA per giorno e aliquota, i pagamenti, i resi, i movimenti di cassa, gli sconti e le chiusure Z di un periodo, come fogli CSV, una cartella di lavoro Excel e un riepilogo PDF, in una nuova cartella con uno zip. Non viene inviato nulla: allega tu lo zip alla tua e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the days</source>
        <translation>Scegli i giorni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats</source>
        <translation>Formati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheets (CSV)</source>
        <translation>Fogli di calcolo (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Cartella di lavoro Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary</source>
        <translation>Riepilogo PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save in</source>
        <translation>Salva in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>Scegli cartella…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month for my accountant</source>
        <translation>Il mese per il commercialista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+135"/>
        <source>Only the owner or a manager can export the shop&apos;s accounts.</source>
        <translation>Solo il titolare o un responsabile possono esportare la contabilità del negozio.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The sales journal and the refunds carry customer ids (personal data): keep the files safe. Every export is recorded.</source>
        <translation>Il giornale delle vendite e i resi contengono gli id dei clienti (dati personali): conserva i file al sicuro. Ogni esportazione viene registrata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer ids are left out: only the owner&apos;s exports carry personal data. Every export is recorded.</source>
        <translation>Gli id dei clienti sono esclusi: solo le esportazioni del titolare contengono dati personali. Ogni esportazione viene registrata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to save the exports</source>
        <translation>Dove salvare le esportazioni</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../ui/export_messages.py" line="+22"/>
        <source>The first day is after the last: change the dates.</source>
        <translation>Il primo giorno viene dopo l&apos;ultimo: cambia le date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one format.</source>
        <translation>Scegli almeno un formato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write in %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting %1 to %2…</source>
        <translation>Esportazione di %1 in %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written to %1: %2 files and a zip of them.</source>
        <translation>Scritto in %1: %2 file e uno zip.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sales in this period: the files hold the column headers only.</source>
        <translation>Nessuna vendita in questo periodo: i file contengono solo le intestazioni delle colonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 receipts, %2 refunds, net takings %3, %4 Z reports.</source>
        <translation>%1 scontrini, %2 resi, incasso netto %3, %4 chiusure Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1: net %2, VAT %3, gross %4</source>
        <translation>IVA %1: imponibile %2, IVA %3, totale %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shifts are still open: their sales are in the files, their Z reports are not yet.</source>
        <translation>%1 turni sono ancora aperti: le loro vendite sono nei file, le loro chiusure Z non ancora.</translation>
    </message>
    <message>
        <location filename="../../ui/export_messages.py" line="-7"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annullato: non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already holds files: choose another folder.</source>
        <translation>%1 contiene già dei file: scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write in %1: %2. Choose another folder.</source>
        <translation>Impossibile scrivere in %1: %2. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date: write it like 2026-11-30.</source>
        <translation>“%1” non è una data: scrivila come 2026-11-30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an export format: choose among CSV, Excel and PDF.</source>
        <translation>“%1” non è un formato di esportazione: scegli tra CSV, Excel e PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+11"/>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>L&apos;esportazione non è riuscita: %1. Non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/backoffice_feedback.py" line="+32"/>
        <source>Feedback and follow-ups</source>
        <translation>Segnalazioni e promemoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers said at the tills and on their loyalty page, and what the team has promised to do about it.</source>
        <translation>Cosa hanno detto i clienti alla cassa e sulla pagina della carta fedeltà, e cosa il personale si è impegnato a fare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By product</source>
        <translation>Per prodotto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every kind</source>
        <translation>Ogni tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New note…</source>
        <translation>Nuova nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note saved.</source>
        <translation>Nota salvata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a note in the list, then Resolve.</source>
        <translation>Scegli una nota nell&apos;elenco, poi Risolvi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved.</source>
        <translation>Risolta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone&apos;s open follow-ups, soonest due first. Each person also sees theirs when they sign in.</source>
        <translation>I promemoria aperti di tutti, dal più urgente. Ognuno vede i propri anche quando entra con il PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Entro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Chiesto da</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a follow-up in the list, then Mark done.</source>
        <translation>Scegli un promemoria nell&apos;elenco, poi Segna come fatto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said</source>
        <translation>Detto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (%1)</source>
        <translation>Reso (%1)</translation>
    </message>
</context>
<context>
    <name>FiscalLink</name>
    <message>
        <location filename="../../ui/fiscal_link.py" line="+37"/>
        <source>RT daily closure %1 done.</source>
        <translation>Chiusura giornaliera RT %1 eseguita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RT daily closure not done yet: %1.</source>
        <translation>Chiusura giornaliera RT non ancora eseguita: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1: the RT&apos;s counters moved unexpectedly. Check the RT&apos;s last slip before anything else.</source>
        <translation>Vendita %1: i contatori dell&apos;RT sono cambiati in modo imprevisto. Controlla l&apos;ultimo scontrino dell&apos;RT prima di tutto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 is NOT yet fiscal: %2. It will be sent again after asking the RT.</source>
        <translation>La vendita %1 NON è ancora fiscale: %2. Sarà reinviata dopo aver interrogato l&apos;RT.</translation>
    </message>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="+23"/>
        <source>RT not reachable</source>
        <translation>RT non raggiungibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT did not answer</source>
        <translation>L&apos;RT non ha risposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper or cover open</source>
        <translation>RT senza carta o coperchio aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper</source>
        <translation>RT senza carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT cover open</source>
        <translation>Coperchio dell&apos;RT aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT busy</source>
        <translation>RT occupato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier sale is being checked with the RT</source>
        <translation>una vendita precedente è in verifica con l&apos;RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day&apos;s sales must reach the RT before its closure</source>
        <translation>le vendite del giorno devono arrivare all&apos;RT prima della chiusura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the original slip&apos;s reference for this return</source>
        <translation>digita il riferimento dello scontrino originale per questo reso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VAT rate has no RT department</source>
        <translation>un&apos;aliquota IVA non ha un reparto RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no RT set up</source>
        <translation>nessun RT configurato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT error %1</source>
        <translation>Errore RT %1</translation>
    </message>
</context>
<context>
    <name>FiscalPage</name>
    <message>
        <location filename="../../ui/backoffice_fiscal.py" line="+39"/>
        <source>Fiscal register (RT)</source>
        <translation>Registratore telematico (RT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (receipts are not fiscal documents)</source>
        <translation>Nessuno (gli scontrini non sono documenti fiscali)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epson FP-81 II RT / FP-90III</source>
        <translation>Epson FP-81 II RT / FP-90III</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom RT (sales and voids; returns not yet)</source>
        <translation>RT Custom (vendite e annulli; resi non ancora)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RT&apos;s IP address, e.g. 192.168.1.50</source>
        <translation>Indirizzo IP dell&apos;RT, es. 192.168.1.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the RT by Test connection (Custom: type it)</source>
        <translation>Letta dall&apos;RT con Prova connessione (Custom: digitala)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT serial</source>
        <translation>Matricola RT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round cash totals to 5 cents</source>
        <translation>Arrotonda i totali in contanti a 5 centesimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the RT&apos;s daily closure (Z) when the shift closes</source>
        <translation>Esegui la chiusura giornaliera dell&apos;RT (Z) alla chiusura del turno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT department</source>
        <translation>Reparto RT</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Prova connessione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents the RT has not confirmed</source>
        <translation>Documenti non ancora confermati dall&apos;RT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original slip: zzzz nnnn ddmmyyyy serial</source>
        <translation>Scontrino originale: zzzz nnnn ggmmaaaa matricola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for the selected return</source>
        <translation>Usa per il reso selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RT printed nothing: send again</source>
        <translation>L&apos;RT non ha stampato nulla: reinvia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last daily closure: Bottega and the RT</source>
        <translation>Ultima chiusura giornaliera: Bottega e l&apos;RT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate or payment</source>
        <translation>Aliquota o pagamento</translation>
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
        <translation>Differenza</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/messages.py" line="+147"/>
        <source>Type the RT&apos;s address (an IP address or host name, no spaces).</source>
        <translation>Digita l&apos;indirizzo dell&apos;RT (indirizzo IP o nome host, senza spazi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Departments are numbers from 1 to 99.</source>
        <translation>I reparti sono numeri da 1 a 99.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Choose a model.</source>
        <translation>Scegli un modello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the RT...</source>
        <translation>Interrogo l&apos;RT...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The RT did not answer (%1). Check its address, cable and power.</source>
        <translation>L&apos;RT non ha risposto (%1). Controlla indirizzo, cavo e alimentazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation>non pronto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT %1 answered: %2. Day closure no. %3, last document %4.</source>
        <translation>L&apos;RT %1 ha risposto: %2. Chiusura giornaliera n. %3, ultimo documento %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a return in the list first.</source>
        <translation>Seleziona prima un reso nell&apos;elenco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/messages.py" line="-6"/>
        <source>Type the reference as on the slip: closure, number, date, RT serial.</source>
        <translation>Digita il riferimento come sullo scontrino: chiusura, numero, data, matricola RT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference kept; the till sends the return within a minute.</source>
        <translation>Riferimento salvato; la cassa invia il reso entro un minuto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a document marked &apos;check&apos; first.</source>
        <translation>Seleziona prima un documento segnato &apos;check&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electronic</source>
        <translation>Elettronico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount paid</source>
        <translation>Sconto a pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid</source>
        <translation>Non riscosso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounding</source>
        <translation>Arrotondamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1 %</source>
        <translation>IVA %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not confirmed by the RT: %1</source>
        <translation>Non confermati dall&apos;RT: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/backoffice_import.py" line="+40"/>
        <source>%1 is missing</source>
        <translation>%1 manca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 è più lungo di %2 caratteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a control character</source>
        <translation>%1 contiene un carattere di controllo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is not an amount (write 3.50 or 3,50)</source>
        <translation>Il prezzo %1 non è un importo (scrivi 3.50 o 3,50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must not be negative</source>
        <translation>Il prezzo non può essere negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 has more decimals than the currency&apos;s %2</source>
        <translation>Il prezzo %1 ha più decimali dei %2 della valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is more than the largest price, %2</source>
        <translation>Il prezzo %1 supera il prezzo massimo, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 is not a percentage (22 for 22 %)</source>
        <translation>L&apos;aliquota IVA %1 non è una percentuale (22 per il 22 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 % is not one of the shop&apos;s rates (%2)</source>
        <translation>L&apos;aliquota IVA %1 % non è tra quelle del negozio (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit %1 is not one of %2</source>
        <translation>L&apos;unità %1 non è tra %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is not an EAN-8, UPC-A or EAN-13 (8, 12 or 13 digits)</source>
        <translation>Il codice a barre %1 non è un EAN-8, UPC-A o EAN-13 (8, 12 o 13 cifre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has 11 digits: did a spreadsheet drop a leading zero? Format the column as text</source>
        <translation>Il codice a barre %1 ha 11 cifre: un foglio di calcolo ha tolto uno zero iniziale? Formatta la colonna come testo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has a wrong check digit</source>
        <translation>Il codice a barre %1 ha la cifra di controllo sbagliata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 starts with %2, which the tills read as a scale label; give a weighed item a PLU instead</source>
        <translation>Il codice a barre %1 inizia con %2, che le casse leggono come etichetta di bilancia; dai a un articolo pesato un PLU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PLU %1 must be 1 to 10 digits</source>
        <translation>Il PLU %1 deve avere da 1 a 10 cifre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active %1 is not one of 1, 0, true, false, yes, no</source>
        <translation>active %1 non è tra 1, 0, true, false, yes, no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is also on line %2</source>
        <translation>Il codice a barre %1 è anche alla riga %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 already belongs to SKU %2</source>
        <translation>Il codice a barre %1 appartiene già allo SKU %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2 è anche alla riga %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 already belongs to SKU %3</source>
        <translation>%1 %2 appartiene già allo SKU %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote is opened and not closed on this line</source>
        <translation>Una virgoletta è aperta e non chiusa su questa riga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line is too long to be a product</source>
        <translation>La riga è troppo lunga per essere un prodotto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has more fields than the first line names</source>
        <translation>La riga ha più campi di quelli indicati nella prima riga</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is %1 MB; an import takes at most %2 MB. Split it into smaller files.</source>
        <translation>Il file pesa %1 MB; un&apos;importazione accetta al massimo %2 MB. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than %1 products. Split it into smaller files.</source>
        <translation>Il file ha più di %1 prodotti. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an Excel workbook that can be read. Save it again as .xlsx or .csv.</source>
        <translation>Questo non è una cartella di lavoro Excel leggibile. Salvala di nuovo come .xlsx o .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line must name the columns %1. Unknown: %2. Missing: %3.</source>
        <translation>La prima riga deve indicare le colonne %1. Sconosciute: %2. Mancanti: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty or its first line does not name the columns %1.</source>
        <translation>Il file è vuoto o la sua prima riga non indica le colonne %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1</source>
        <translation>Il file non si può leggere: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1</source>
        <translation>Qualcosa è andato storto: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason or product</source>
        <translation>Motivo o prodotto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected</source>
        <translation>scartata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import and export products</source>
        <translation>Importa ed esporta prodotti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel file whose first line names the columns sku, name, price, vat_rate, unit, barcode, plu, category, active (price like 3.50, vat_rate one of the shop&apos;s rates like 22, unit pc or kg). Nothing is written until you press Import.</source>
        <translation>Un file CSV o Excel la cui prima riga indica le colonne sku, name, price, vat_rate, unit, barcode, plu, category, active (price come 3.50, vat_rate una delle aliquote del negozio come 22, unit pc o kg). Non viene scritto nulla finché non premi Importa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file… (Ctrl+O)</source>
        <translation>Scegli file… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Esporta Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+72"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Product file</source>
        <translation>File dei prodotti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product files (*.csv *.xlsx *.txt)</source>
        <translation>File dei prodotti (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import %1 products</source>
        <translation>Importa %1 prodotti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows are rejected (in red, with the reason). Import leaves them out; correct them in the file and import it again.</source>
        <translation>%1 righe sono scartate (in rosso, con il motivo). L&apos;importazione le tralascia; correggile nel file e importalo di nuovo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>%1 nuovi, %2 modificati, %3 invariati, %4 scartati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook</source>
        <translation>cartella di lavoro Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>virgole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>punti e virgola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabulazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read as %1, columns separated by %2</source>
        <translation>letto come %1, colonne separate da %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported: %1</source>
        <translation>Importato: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the catalogue</source>
        <translation>Esporta il catalogo</translation>
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
        <translation>%1 prodotti salvati in %2</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+38"/>
        <source>Loyalty programme</source>
        <translation>Programma fedeltà</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Customers earn and redeem points</source>
        <translation>I clienti accumulano e usano punti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nobody earns points; the points customers have stay theirs.</source>
        <translation>Spento: nessuno accumula punti; i punti già dei clienti restano loro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earn rate</source>
        <translation>Accumulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer earns one point for each time this amount is spent.</source>
        <translation>Il cliente guadagna un punto ogni volta che spende questo importo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a point</source>
        <translation>Valore di un punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one point is worth when a customer pays with points.</source>
        <translation>Quanto vale un punto quando il cliente paga con i punti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Points (%)</source>
        <translation>Punti (%)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No points</source>
        <translation>Niente punti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By category</source>
        <translation>Per categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % earns the normal points, 200 % double; tick No points for what never earns.</source>
        <translation>100 % dà i punti normali, 200 % il doppio; spunta Niente punti per ciò che non ne dà mai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products without points</source>
        <translation>Prodotti senza punti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product codes (SKU) that never earn points, e.g. tobacco, gift cards; separate with commas.</source>
        <translation>Codici prodotto (SKU) che non danno mai punti, es. tabacchi, carte regalo; separali con virgole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expire after</source>
        <translation>I punti scadono dopo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Days after they were earned; 0 = points never expire.</source>
        <translation>Giorni dopo averli guadagnati; 0 = i punti non scadono mai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers</source>
        <translation>Livelli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending reaches a tier; a tier&apos;s rate multiplies the points earned (150 % = half again).</source>
        <translation>La spesa fa raggiungere un livello; il tasso del livello moltiplica i punti (150 % = la metà in più).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spending over</source>
        <translation>Spesa per il livello negli ultimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier counts what the customer spent in this many days.</source>
        <translation>Il livello conta quanto il cliente ha speso in questi giorni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing</source>
        <translation>Niente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A discount coupon</source>
        <translation>Un buono sconto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday reward</source>
        <translation>Regalo di compleanno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given once in the customer&apos;s birthday week, the first time they shop.</source>
        <translation>Dato una volta nella settimana del compleanno, al primo acquisto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday points</source>
        <translation>Punti di compleanno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given when the reward is points.</source>
        <translation>Punti dati quando il regalo sono punti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday coupon (%)</source>
        <translation>Buono di compleanno (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coupon&apos;s discount when the reward is a coupon, valid that week.</source>
        <translation>Lo sconto del buono quando il regalo è un buono, valido quella settimana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From spending</source>
        <translation>Da una spesa di</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a tier</source>
        <translation>Aggiungi un livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen tier</source>
        <translation>Togli il livello scelto</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="+21"/>
        <source>About %1.</source>
        <translation>Riguardo a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback note</source>
        <translation>Nota del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note (Enter)</source>
        <translation>Salva nota (Invio)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What did the customer say?</source>
        <translation>Cosa ha detto il cliente?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product (optional): type to find it</source>
        <translation>Prodotto (facoltativo): scrivi per cercarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>No product</source>
        <translation>Nessun prodotto</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Follow up</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do, e.g. call when the gluten-free bread arrives</source>
        <translation>Cosa fare, es. chiamare quando arriva il pane senza glutine</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Entro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <location filename="../../ui/backoffice_nps.py" line="+51"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a visit, the customer&apos;s loyalty page asks once: how likely are you to recommend us, 0 to 10? Promoters answer 9-10, detractors 0-6; the score is % promoters minus % detractors, from -100 to 100. The bars are 95 % intervals: where two months&apos; bars overlap, the change may be chance.</source>
        <translation>Dopo una visita, la pagina della carta fedeltà chiede una volta: quanto è probabile che ci consiglieresti, da 0 a 10? I promotori rispondono 9-10, i detrattori 0-6; il punteggio è % promotori meno % detrattori, da -100 a 100. Le barre sono intervalli al 95 %: dove le barre di due mesi si sovrappongono, la differenza può essere dovuta al caso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the detractors wrote (each is an open note on the Feedback page)</source>
        <translation>Cosa hanno scritto i detrattori (ognuno è una nota aperta nelle Segnalazioni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Voto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promoters (9-10)</source>
        <translation>Promotori (9-10)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passives (7-8)</source>
        <translation>Passivi (7-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors (0-6)</source>
        <translation>Detrattori (0-6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No answers yet. They come from the customers&apos; loyalty pages once the till is connected to the server.</source>
        <translation>Ancora nessuna risposta. Arrivano dalle pagine della carta fedeltà dei clienti quando la cassa è collegata al server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>95 % interval: %1 to %2</source>
        <translation>Intervallo al 95 %: da %1 a %2</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift_dialog.py" line="+15"/>
        <source>Open the shift</source>
        <translation>Apertura cassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer and type the total: it is the float this shift starts with.</source>
        <translation>Conta il contante nel cassetto e digita il totale: è il fondo cassa con cui inizia il turno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open shift (Enter)</source>
        <translation>Apri cassa (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash in the drawer</source>
        <translation>Contante nel cassetto</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignIn</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+29"/>
        <source>%1 changes are being published to the other tills.</source>
        <translation>%1 modifiche vengono pubblicate sulle altre casse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the server to publish %1 catalogue and settings changes to the other tills.</source>
        <translation>Accedi al server per pubblicare %1 modifiche al catalogo e alle impostazioni sulle altre casse.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_texts.py" line="+35"/>
        <source>The server does not know this name with this password.</source>
        <translation>Il server non conosce questo nome con questa password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong passwords: try again in %1 minutes.</source>
        <translation>Troppe password errate: riprova tra %1 minuti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop works on its own: there is no server to publish to.</source>
        <translation>Questo negozio lavora da solo: non c&apos;è un server su cui pubblicare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Your changes stay here and wait; try again later.</source>
        <translation>Impossibile raggiungere il server. Le modifiche restano qui in attesa; riprova più tardi.</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignInDialog</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+8"/>
        <source>Publish changes to the other tills</source>
        <translation>Pubblica le modifiche sulle altre casse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and publish</source>
        <translation>Accedi e pubblica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changes made here wait for the shop&apos;s server. Sign in with your name and password on the server to send them to every till.</source>
        <translation>%1 modifiche fatte qui attendono il server del negozio. Accedi con il tuo nome e la tua password del server per inviarle a tutte le casse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out of the server</source>
        <translation>Esci dal server</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in as %1 until %2.</source>
        <translation>Accesso come %1 fino alle %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name and password on the server.</source>
        <translation>Scrivi il tuo nome e la tua password del server.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+30"/>
        <source>Choose a sale and press Enter (or double-click it) to bring it back.</source>
        <translation>Scegli una vendita e premi Enter (o fai doppio clic) per riprenderla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale on screen is parked in its place.</source>
        <translation>La vendita sullo schermo viene sospesa al suo posto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked sales</source>
        <translation>Vendite sospese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall (Enter)</source>
        <translation>Riprendi (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parked at</source>
        <translation>Sospesa alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sales are parked on this till.
Press F7 on the till to park one.</source>
        <translation>Nessuna vendita sospesa su questa cassa.
Premi F7 alla cassa per sospenderne una.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That sale is no longer parked (recalled on another screen). Choose another.</source>
        <translation>Questa vendita non è più sospesa (ripresa su un altro schermo). Scegline un&apos;altra.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="+37"/>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pay back to the customer</source>
        <translation>Da restituire al cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amount received (empty = exact amount)</source>
        <translation>Importo ricevuto (vuoto = importo esatto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lottery code (8 characters, card payments from 1 EUR)</source>
        <translation>Codice lotteria (8 caratteri, pagamenti elettronici da 1 EUR)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to sale (Esc)</source>
        <translation>Torna alla vendita (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card (F8)</source>
        <translation>Carta (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash (Enter)</source>
        <translation>Contanti (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points (F6)</source>
        <translation>Punti (F6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points pay up to the balance this till knows; points earned at another till count here once both tills have synced.</source>
        <translation>I punti pagano fino al saldo che questa cassa conosce; i punti guadagnati a un&apos;altra cassa contano qui quando entrambe le casse si sono sincronizzate.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Next customer (Enter)</source>
        <translation>Prossimo cliente (Enter)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A card payment can&apos;t be more than what is left: %1.</source>
        <translation>Il pagamento con carta non può superare il residuo: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No points to pay with.</source>
        <translation>Nessun punto da usare per pagare.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paid back</source>
        <translation>Restituito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due</source>
        <translation>Resto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1</source>
        <translation>Scontrino %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 It was taken off this sale: %2 to pay.</source>
        <translation>%1 È stato tolto da questa vendita: %2 da pagare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit paid</source>
        <translation>Acconto versato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+101"/>
        <source>Still to pay back: %1</source>
        <translation>Ancora da restituire: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>In cash: %1 (rounding %2)</source>
        <translation>In contanti: %1 (arrotondamento %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still to pay: %1</source>
        <translation>Ancora da pagare: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change due: %1</source>
        <translation>Resto: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="+27"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the PIN</source>
        <translation>Cancella il PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the last digit (Backspace)</source>
        <translation>Cancella l&apos;ultima cifra (Backspace)</translation>
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
        <translation>Cambia prezzi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview the new prices; nothing changes until you apply them.</source>
        <translation>Guarda i nuovi prezzi in anteprima; nulla cambia finché non li applichi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply new prices</source>
        <translation>Applica i nuovi prezzi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected products (%1)</source>
        <translation>Prodotti selezionati (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category %1</source>
        <translation>Categoria %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product on sale</source>
        <translation>Tutti i prodotti in vendita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by percent (+10, -5)</source>
        <translation>in percentuale (+10, -5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an amount (+0,50, -1)</source>
        <translation>di un importo (+0,50, -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 for 10 % more, -5 for 5 % less</source>
        <translation>10 per il 10 % in più, -5 per il 5 % in meno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-18"/>
        <source>New price: %1</source>
        <translation>Nuovo prezzo: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current price %1</source>
        <translation>Prezzo attuale %1</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <location filename="../../ui/printer_messages.py" line="+23"/>
        <source>USB printers can&apos;t be used on this computer: %1. Use a serial, network or file connection, or install it.</source>
        <translation>Le stampanti USB non si possono usare su questo computer: %1. Usa una connessione seriale, di rete o a file, oppure installalo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer did not answer. Check that it is switched on, the cable or network, and the address.</source>
        <translation>La stampante non risponde. Controlla che sia accesa, il cavo o la rete, e l&apos;indirizzo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation>La stampante è senza carta. Metti un rotolo nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Close it.</source>
        <translation>Il coperchio della stampante è aperto. Chiudilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer stopped taking data. Check the paper and the flow control setting.</source>
        <translation>La stampante non accetta più dati. Controlla la carta e il controllo di flusso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the printer is connected first.</source>
        <translation>Prima scegli come è collegata la stampante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This printer model can&apos;t print that. Choose another model, or the raster mode for Chinese/Korean.</source>
        <translation>Questo modello di stampante non può stamparlo. Scegli un altro modello, o la modalità immagine per cinese/coreano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer reported an error (%1).</source>
        <translation>La stampante ha segnalato un errore (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: %1</source>
        <translation>Stampa non riuscita: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_setup.py" line="+48"/>
        <source>Receipt printer</source>
        <translation>Stampante scontrini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How this till&apos;s receipt printer and cash drawer are connected. Try the settings with a test page, then save.</source>
        <translation>Come sono collegati la stampante scontrini e il cassetto di questa cassa. Prova le impostazioni con una pagina di prova, poi salva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter)</source>
        <translation>Salva (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connection</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer</source>
        <translation>Nessuna stampante scontrini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial (COM port)</source>
        <translation>Seriale (porta COM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (IP address)</source>
        <translation>Rete (indirizzo IP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or device path</source>
        <translation>File o percorso del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder (no printer)</source>
        <translation>File PDF in una cartella (senza stampante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipts are kept and can be printed or e-mailed as PDF later.</source>
        <translation>Gli scontrini vengono conservati e si possono stampare o inviare per e-mail in PDF più tardi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vendor:product id</source>
        <translation>ID produttore:prodotto</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+14"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Baud rate</source>
        <translation>Velocità (baud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow control</source>
        <translation>Controllo di flusso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IP address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each receipt is saved here as a PDF, at the paper width below.</source>
        <translation>Ogni scontrino viene salvato qui come PDF, con la larghezza carta indicata sotto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer and paper</source>
        <translation>Stampante e carta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As images (any printer)</source>
        <translation>Come immagini (qualsiasi stampante)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer&apos;s Chinese font (GB18030)</source>
        <translation>Font cinese della stampante (GB18030)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer&apos;s Korean font (EUC-KR)</source>
        <translation>Font coreano della stampante (EUC-KR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper width</source>
        <translation>Larghezza carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Code page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese and Korean</source>
        <translation>Cinese e coreano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer</source>
        <translation>Cassetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the printer</source>
        <translation>Tramite la stampante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own serial port</source>
        <translation>Porta seriale propria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin 2</source>
        <translation>Pin 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open after a cash payment</source>
        <translation>Apri dopo un pagamento in contanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer</source>
        <translation>Cassetto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pin and pulse</source>
        <translation>Pin e impulso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print test page</source>
        <translation>Stampa pagina di prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>Controlla stato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: not checked yet</source>
        <translation>Stato: non ancora controllato</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Auto (receipt language)</source>
        <translation>Automatica (lingua scontrino)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n printer(s) found on USB.</source>
        <translation>
            <numerusform>%n stampante trovata su USB.</numerusform>
            <numerusform>%n stampanti trovate su USB.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB printer found. Check that it is plugged in and switched on.</source>
        <translation>Nessuna stampante USB trovata. Controlla che sia collegata e accesa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printer device or file</source>
        <translation>Dispositivo o file della stampante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the receipt PDFs</source>
        <translation>Cartella per i PDF degli scontrini</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Talking to the printer…</source>
        <translation>Comunicazione con la stampante…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This folder can&apos;t be written. Choose another folder.</source>
        <translation>Impossibile scrivere in questa cartella. Scegline un&apos;altra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test page sent to %1. Check that every line printed.</source>
        <translation>Pagina di prova inviata a %1. Controlla che ogni riga sia stampata.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder can be written. Print a test page to see a receipt PDF there.</source>
        <translation>La cartella è scrivibile. Stampa una pagina di prova per vedervi il PDF di uno scontrino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable. This connection can&apos;t report paper or cover; print a test page to be sure.</source>
        <translation>Raggiungibile. Questo collegamento non segnala carta o coperchio; stampa una pagina di prova per esserne sicuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover is open. Close it.</source>
        <translation>Il coperchio è aperto. Chiudilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of paper. Put in a new roll.</source>
        <translation>Carta finita. Metti un rotolo nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline (error or paper feed). Check its light.</source>
        <translation>La stampante è offline (errore o avanzamento carta). Controlla la sua spia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready, but the paper roll is nearly finished.</source>
        <translation>Pronta, ma il rotolo di carta sta per finire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: online, paper loaded, cover closed.</source>
        <translation>Pronta: in linea, carta caricata, coperchio chiuso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a detected USB printer or type its vendor and product id.</source>
        <translation>Scegli una stampante USB rilevata o digita l&apos;ID di produttore e prodotto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the receipt PDFs.</source>
        <translation>Scegli la cartella per i PDF degli scontrini.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+32"/>
        <source>The cash drawer did not open (%1). Check the printer and its drawer cable.</source>
        <translation>Il cassetto non si è aperto (%1). Controlla la stampante e il cavo del cassetto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - receipt %2 kept, press F9 to reprint</source>
        <translation>%1 - scontrino %2 conservato, premi F9 per ristamparlo</translation>
    </message>
    <message>
        <location filename="../../ui/printer_messages.py" line="+6"/>
        <source>Printer offline</source>
        <translation>Stampante offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer out of paper</source>
        <translation>Stampante senza carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer cover open</source>
        <translation>Coperchio della stampante aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer not responding</source>
        <translation>La stampante non risponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer set up</source>
        <translation>Nessuna stampante scontrini configurata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB printing not available on this computer</source>
        <translation>Stampa USB non disponibile su questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer error</source>
        <translation>Errore della stampante</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/product_editor.py" line="+33"/>
        <location line="+71"/>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>for example 1,50 (per kg for weighed goods)</source>
        <translation>per esempio 1,50 (al kg per la merce a peso)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>piece</source>
        <translation>pezzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg (weighed)</source>
        <translation>kg (a peso)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one barcode a line: scan them here</source>
        <translation>un codice a barre per riga: scansionali qui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item code on scale labels</source>
        <translation>codice articolo sulle etichette della bilancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Codice articolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Aliquota IVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold by</source>
        <translation>Venduto a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes</source>
        <translation>Codici a barre</translation>
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
        <translation>Ritira dalla vendita</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no category)</source>
        <translation>(nessuna categoria)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Put back on sale</source>
        <translation>Rimetti in vendita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired: the till no longer sells it; its past sales stay as they were.</source>
        <translation>Ritirato: la cassa non lo vende più; le vendite passate restano com&apos;erano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold before: it can be retired, never deleted.</source>
        <translation>Già venduto: si può ritirare, mai cancellare.</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/catalogue_model.py" line="+26"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>Cod. art.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Codice a barre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Retired</source>
        <translation>Ritirato</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <location filename="../../ui/product_results_model.py" line="+18"/>
        <source>Product</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/backoffice_products.py" line="+165"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>Aliquote IVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick keys</source>
        <translation>Tasti rapidi</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location line="-134"/>
        <source>Find by name, SKU or barcode</source>
        <translation>Cerca per nome, codice articolo o codice a barre</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New product</source>
        <translation>Nuovo prodotto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change prices…</source>
        <translation>Cambia prezzi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf labels (PDF)…</source>
        <translation>Etichette scaffale (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 products</source>
        <translation>%1 prodotti</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 prices changed.</source>
        <translation>%1 prezzi cambiati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save shelf labels</source>
        <translation>Salva le etichette scaffale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the products to label first.</source>
        <translation>Seleziona prima i prodotti da etichettare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 labels saved to %2.</source>
        <translation>%1 etichette salvate in %2.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-15"/>
        <source>Weight in kg, e.g. 0.450</source>
        <translation>Peso in kg, per es. 0,450</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of pieces; 0 removes the line</source>
        <translation>Numero di pezzi; 0 toglie la riga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity: %1</source>
        <translation>Quantità: %1</translation>
    </message>
</context>
<context>
    <name>QuickKeysTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+59"/>
        <source>Find a product to add</source>
        <translation>Cerca un prodotto da aggiungere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to the keys</source>
        <translation>Aggiungi ai tasti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys in till order</source>
        <translation>Tasti nell&apos;ordine della cassa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the product&apos;s name</source>
        <translation>il nome del prodotto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category colour</source>
        <translation>Colore della categoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the layout</source>
        <translation>Salva la disposizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the till shows them</source>
        <translation>Come li mostra la cassa</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="+18"/>
        <source>Receipt %1</source>
        <translation>Scontrino %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return items (Enter)</source>
        <translation>Rendi articoli (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="-242"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Scontrino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (refund)</source>
        <translation>%1 (reso)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap to open the receipt</source>
        <translation>Tocca per aprire lo scontrino</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="+155"/>
        <source>Refund</source>
        <translation>Reso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the barcode on the receipt or type its number (T1-000123 or just 123), then press Enter.</source>
        <translation>Scansiona il codice a barre sullo scontrino o digitane il numero (T1-000123 o solo 123), poi premi Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund (Enter)</source>
        <translation>Rimborsa (Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt number</source>
        <translation>Numero scontrino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a quantity. Type whole pieces, or kg like 0.250.</source>
        <translation>&apos;%1&apos; non è una quantità. Digita pezzi interi, o kg come 0,250.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One less of the chosen line</source>
        <translation>Uno in meno sulla riga scelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more of the chosen line</source>
        <translation>Uno in più sulla riga scelta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return all (F5)</source>
        <translation>Rendi tutto (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return none</source>
        <translation>Nessun reso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it coming back?</source>
        <translation>Perché viene reso?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To pay back</source>
        <translation>Da rimborsare</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item</source>
        <translation>Articolo sbagliato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed mind</source>
        <translation>Ripensamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type or scan the receipt number first.</source>
        <translation>Prima digita o scansiona il numero dello scontrino.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>Tutto lo scontrino %1 è già stato reso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt %1</source>
        <translation>Scontrino %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose or type the reason for the refund.</source>
        <translation>Scegli o scrivi il motivo del reso.</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location line="-268"/>
        <source>Product</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>Venduti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>Già resi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>Rendi ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay back</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>all returned</source>
        <translation>tutto reso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Up to %1 can be returned</source>
        <translation>Si possono rendere fino a %1</translation>
    </message>
</context>
<context>
    <name>RegisterCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_register.py" line="+46"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and phone are enough; the birthday earns them a gift. Tick a consent only if the customer says yes.</source>
        <translation>Bastano nome e telefono; con il compleanno riceve un regalo. Spunta un consenso solo se il cliente dice sì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Enter)</source>
        <translation>Registra (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First name and surname</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any way they say it</source>
        <translation>Come lo dice il cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, like %1</source>
        <translation>Facoltativo, come %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
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
        <translation>Compleanno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>App di messaggi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marketing OK by</source>
        <translation>Consenso marketing via</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attach %1</source>
        <translation>Collega %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a birthday. Type it like the example, or leave it empty.</source>
        <translation>“%1” non è una data di compleanno. Scrivila come nell&apos;esempio, o lascia vuoto.</translation>
    </message>
</context>
<context>
    <name>RegularsPage</name>
    <message>
        <location filename="../../ui/backoffice_regulars.py" line="+81"/>
        <source>Regulars</source>
        <translation>Clienti abituali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments (RFM)</source>
        <translation>Segmenti (RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays</source>
        <translation>Compleanni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Slipping away</source>
        <translation>Si stanno allontanando</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Who is due</source>
        <translation>Chi deve tornare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Prossima settimana</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+93"/>
        <location line="+43"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Phone or e-mail</source>
        <translation>Telefono o e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Last visit</source>
        <translation>Ultima visita</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>Ultimi 10 anni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By spend</source>
        <translation>Per spesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By visits</source>
        <translation>Per visite</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Champions</source>
        <translation>Campioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>Fedeli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>Promettenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Persi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Questo mese</translation>
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
        <translation>App di messaggistica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the birthday reward</source>
        <translation>Dai il regalo di compleanno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write contact list (CSV)…</source>
        <translation>Scrivi l&apos;elenco contatti (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS OK</source>
        <translation>SMS sì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail OK</source>
        <translation>E-mail sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging OK</source>
        <translation>Messaggi sì</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Birthday reward given to %1 customers (%2 had it already this year).</source>
        <translation>Regalo di compleanno dato a %1 clienti (%2 l&apos;avevano già quest&apos;anno).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact list</source>
        <translation>Elenco contatti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts written to %2; %3 left out (no consent for this channel or no contact).</source>
        <translation>%1 contatti scritti in %2; %3 esclusi (nessun consenso per questo canale o nessun contatto).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who came at least twice, the last time within 180 days, whom the shop&apos;s whole history (the BG/NBD model) gives less than an 80 % chance of still being a customer; the biggest spenders first. With too little history: regulars away for more than twice their own usual gap.</source>
        <translation>Clienti venuti almeno due volte, l&apos;ultima negli ultimi 180 giorni, a cui l&apos;intera storia del negozio (il modello BG/NBD) dà meno dell&apos;80 % di probabilità di essere ancora clienti; prima chi spende di più. Con poca storia: i clienti abituali assenti da più del doppio del loro solito intervallo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Usually every</source>
        <translation>Di solito ogni</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Days away</source>
        <translation>Giorni di assenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a customer</source>
        <translation>Ancora cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits expected (90 days)</source>
        <translation>Visite attese (90 giorni)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who buy a product at a steady rhythm and are due for it this week.</source>
        <translation>Clienti che comprano un prodotto a ritmo regolare e devono riprenderlo questa settimana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Last bought</source>
        <translation>Ultimo acquisto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Put it aside for them</source>
        <translation>Mettilo da parte per loro</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already reserved</source>
        <translation>Già prenotato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the next 7 days should sell: each product&apos;s usual sales on those weekdays over the last 8 weeks, adjusted by last year&apos;s season, plus what is reserved.</source>
        <translation>Cosa dovrebbero vendere i prossimi 7 giorni: le vendite abituali di ogni prodotto in quei giorni della settimana nelle ultime 8 settimane, corrette per la stagione dell&apos;anno scorso, più quanto è prenotato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 4 weeks these forecasts were off by %1 of what sold.</source>
        <translation>Nelle ultime 4 settimane queste previsioni hanno sbagliato del %1 rispetto al venduto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a customer in the list first.</source>
        <translation>Prima scegli un cliente nell&apos;elenco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 put aside for %2 on %3.</source>
        <translation>%1 messo da parte per %2 per il %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>Lettura della storia del negozio…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history could not be read: %1</source>
        <translation>Non è stato possibile leggere la storia: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The top 20 % of customers bring %1 of what customers spent.</source>
        <translation>Il 20 % migliore dei clienti porta il %1 di quanto spendono i clienti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers</source>
        <translation>%1 clienti</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/backoffice_reports.py" line="+54"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+144"/>
        <source>Show the numbers</source>
        <translation>Mostra i numeri</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Save as CSV…</source>
        <translation>Salva come CSV…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From… to…</source>
        <translation>Dal… al…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>against the previous period</source>
        <translation>rispetto al periodo precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the same period last year</source>
        <translation>rispetto allo stesso periodo dell&apos;anno scorso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole shop</source>
        <translation>Tutto il negozio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1</source>
        <translation>Cassa %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period before</source>
        <translation>Il periodo precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after</source>
        <translation>Il periodo successivo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Working it out…</source>
        <translation>Sto calcolando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be made: %1</source>
        <translation>Non è stato possibile preparare il report: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>Dal %1 al %2, confrontato con dal %3 al %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the chart</source>
        <translation>Mostra il grafico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as CSV</source>
        <translation>Salva come CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Hours and weekdays</source>
        <translation>Ore e giorni della settimana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rates</source>
        <translation>Aliquote IVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and discounts</source>
        <translation>Personale e sconti</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <location line="+67"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Refunds</source>
        <translation>Resi</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+99"/>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Over-refunded lines</source>
        <translation>Righe rese oltre il venduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought together</source>
        <translation>Comprati insieme</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales before discounts</source>
        <translation>Vendite prima degli sconti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts</source>
        <translation>Sconti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales (VAT included)</source>
        <translation>Vendite nette (IVA inclusa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+16"/>
        <location line="+50"/>
        <location line="+22"/>
        <source>Receipts</source>
        <translation>Scontrini</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Average basket</source>
        <translation>Scontrino medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per basket</source>
        <translation>Articoli per scontrino</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>Figure</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+14"/>
        <location line="+117"/>
        <location line="+13"/>
        <source>Compared</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net sales %1 (%2), %3 receipts</source>
        <translation>Vendite nette %1 (%2), %3 scontrini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour or day</source>
        <translation>Ora o giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Net sales</source>
        <translation>Vendite nette</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Busiest hour: %1:00</source>
        <translation>Ora di punta: %1:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+138"/>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Revenue</source>
        <translation>Incasso</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Baskets</source>
        <translation>Scontrini</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+84"/>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost price</source>
        <translation>nessun costo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best</source>
        <translation>Più venduti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least</source>
        <translation>Meno venduti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best sellers by revenue. Margins need a cost price, which products do not have yet.</source>
        <translation>I più venduti per incasso. Per i margini serve il costo, che i prodotti non hanno ancora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category</source>
        <translation>Senza categoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net of VAT</source>
        <translation>Al netto dell&apos;IVA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>Lordo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which refunds</source>
        <translation>Di cui resi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts given</source>
        <translation>Sconti concessi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded receipts</source>
        <translation>Scontrini di reso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason or product</source>
        <translation>Motivo o prodotto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which products come back, and why</source>
        <translation>Quali prodotti tornano indietro, e perché</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt</source>
        <translation>Scontrino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>Venduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Trovato il</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: no line was refunded beyond what was sold.</source>
        <translation>Nessuna: nessuna riga è stata resa oltre il venduto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines two tills refunded, while offline, beyond what was sold. Both refunds happened and are kept; check the receipts and the money.</source>
        <translation>Righe che due casse, senza rete, hanno reso oltre il venduto. Entrambi i resi sono avvenuti e sono conservati: controlla gli scontrini e il denaro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points given</source>
        <translation>Punti assegnati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points redeemed</source>
        <translation>Punti usati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>Punti scaduti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points taken back</source>
        <translation>Punti stornati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points outstanding at the end</source>
        <translation>Punti in essere a fine periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the outstanding points are worth</source>
        <translation>Valore dei punti in essere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding points are worth %1</source>
        <translation>I punti in essere valgono %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Members</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Everyone else</source>
        <translation>Tutti gli altri</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customers who bought</source>
        <translation>Clienti che hanno comprato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customers</source>
        <translation>Clienti nuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Clienti di ritorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought more than once</source>
        <translation>Hanno comprato più di una volta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of receipts with a known customer</source>
        <translation>Quota di scontrini con cliente noto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>Tasso di riacquisto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits</source>
        <translation>visite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spend</source>
        <translation>spesa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average basket</source>
        <translation>scontrino medio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average basket: members against everyone else</source>
        <translation>Scontrino medio: soci rispetto a tutti gli altri</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bought with</source>
        <translation>Comprato con</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baskets with both</source>
        <translation>Scontrini con entrambi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs among the %1 most bought products; lift 2 means twice as often as chance</source>
        <translation>Coppie tra i %1 prodotti più comprati; lift 2 vuol dire due volte più spesso del caso</translation>
    </message>
</context>
<context>
    <name>ReservationSection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+54"/>
        <source>Reservations</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit on cancel</source>
        <translation>Acconto se annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the deposit back when a reservation is cancelled</source>
        <translation>Restituisci l&apos;acconto quando una prenotazione è annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the shop keeps the deposit of a cancelled reservation.</source>
        <translation>Senza spunta: il negozio tiene l&apos;acconto di una prenotazione annullata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not collected after</source>
        <translation>Non ritirata dopo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the pick-up date until an uncollected reservation expires and the goods go back on sale.</source>
        <translation>Giorni dopo la data di ritiro prima che una prenotazione non ritirata scada e la merce torni in vendita.</translation>
    </message>
</context>
<context>
    <name>ReservationsDialog</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+23"/>
        <source>Reservations</source>
        <translation>Prenotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers asked to put aside. Enter picks up the highlighted one: it becomes the sale, with its deposit already counted.</source>
        <translation>Quello che i clienti hanno chiesto di mettere da parte. Enter ritira quella evidenziata: diventa la vendita, con l&apos;acconto già conteggiato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick up (Enter)</source>
        <translation>Ritira (Enter)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark ready</source>
        <translation>Segna come pronta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reservation</source>
        <translation>Annulla prenotazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due today (%1)</source>
        <translation>Per oggi (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (%1)</source>
        <translation>Scadute (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready (%1)</source>
        <translation>Pronte (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coming up (%1)</source>
        <translation>Prossime (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Press “Cancel reservation” again to cancel %1&apos;s reservation.</source>
        <translation>Premi di nuovo “Annulla prenotazione” per annullare la prenotazione di %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit of %1 is paid back.</source>
        <translation>L&apos;acconto di %1 viene restituito.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deposit of %1 is kept.</source>
        <translation>L&apos;acconto di %1 viene trattenuto.</translation>
    </message>
</context>
<context>
    <name>ReservationsModel</name>
    <message>
        <location line="-212"/>
        <source>Pick-up</source>
        <translation>Ritiro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Repeats every %1 days</source>
        <translation>Si ripete ogni %1 giorni</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/reserve_dialog.py" line="+24"/>
        <source>Reserve for %1</source>
        <translation>Prenota per %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of this sale are put aside until the pick-up day; nothing is paid now but an optional deposit.</source>
        <translation>Gli articoli di questa vendita vengono messi da parte fino al giorno del ritiro; ora si paga solo un eventuale acconto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve (Enter)</source>
        <translation>Prenota (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick-up day</source>
        <translation>Giorno del ritiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit paid now</source>
        <translation>Acconto versato ora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: sliced thin, ready by 5 pm…</source>
        <translation>Facoltativo: affettato sottile, pronto per le 17…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on the same day</source>
        <translation>Ogni settimana nello stesso giorno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan or add the items to put aside first.</source>
        <translation>Prima scansiona o aggiungi gli articoli da mettere da parte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an amount. Type it like 20 or 12.50.</source>
        <translation>“%1” non è un importo. Scrivilo come 20 o 12,50.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+14"/>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring replaces all of the shop&apos;s data on this computer with the backup&apos;s. Sales made after the backup are not in it. The data as it is now is kept aside in a safety copy.</source>
        <translation>Il ripristino sostituisce tutti i dati del negozio su questo computer con quelli del backup. Le vendite fatte dopo il backup non ci sono. I dati attuali vengono conservati in una copia di sicurezza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the shop&apos;s data (Enter)</source>
        <translation>Sostituisci i dati del negozio (Invio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sales</source>
        <translation>nessuna vendita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>Eseguito il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last receipt</source>
        <translation>Ultimo scontrino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sales, %2 refunds, %3 customers, %4 products</source>
        <translation>%1 vendite, %2 resi, %3 clienti, %4 prodotti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>Sostituisce</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup is of another shop or till (%1 · %2): this computer would become it.</source>
        <translation>Questo backup è di un altro negozio o cassa (%1 · %2): questo computer diventerebbe quello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is connected to a server, which holds the sales made after this backup. After a restore the till would number receipts again from %1: restore a server&apos;s till only with help.</source>
        <translation>Questa cassa è collegata a un server, che ha le vendite fatte dopo questo backup. Dopo il ripristino la cassa numererebbe di nuovo gli scontrini da %1: ripristina la cassa di un server solo con assistenza.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="+132"/>
        <source>Shop settings</source>
        <translation>Impostazioni negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what you need, then Save. Every change is recorded with your name.</source>
        <translation>Cambia ciò che serve, poi Salva. Ogni modifica è registrata con il tuo nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save  Ctrl+S</source>
        <translation>Salva  Ctrl+S</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You have changes not saved: press Save (Ctrl+S), or leave again to drop them.</source>
        <translation>Hai modifiche non salvate: premi Salva (Ctrl+S), oppure esci di nuovo per scartarle.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/staff_messages.py" line="+32"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Non è stato salvato nulla: correggi i campi segnati in rosso.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Solo un titolare può cambiare le impostazioni del negozio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. Fields changed: %1.</source>
        <translation>Salvato. Campi modificati: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="+107"/>
        <source>Welcome to Bottega</source>
        <translation>Benvenuto in Bottega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your shop</source>
        <translation>Configura il tuo negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change everything later. The owner&apos;s PIN signs in at the till.</source>
        <translation>Potrai cambiare tutto in seguito. Con il PIN del titolare si accede alla cassa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s name</source>
        <translation>Nome del titolare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN (4-8 cifre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>Ripeti il PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the shop&apos;s name and the owner&apos;s name.</source>
        <translation>Inserisci il nome del negozio e del titolare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Il PIN deve avere da 4 a 8 cifre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>I due PIN sono diversi. Digita lo stesso PIN due volte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is ready</source>
        <translation>%1 è pronto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no products and no staff yet. In the back office you add your products, your cashiers and the receipt header; you can come back to it any time from the sign-in screen (Back office) or the till (Ctrl+B).</source>
        <translation>Non ha ancora prodotti né personale. Nel back office aggiungi i prodotti, i cassieri e l&apos;intestazione dello scontrino; puoi tornarci quando vuoi dalla schermata di accesso (Back office) o dalla cassa (Ctrl+B).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the back office</source>
        <translation>Apri il back office</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the sign-in</source>
        <translation>Vai all&apos;accesso</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="-187"/>
        <source>Shop and receipt</source>
        <translation>Negozio e scontrino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop name</source>
        <translation>Nome del negozio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed large at the top of every receipt and shown on the tills.</source>
        <translation>Stampato in grande in cima a ogni scontrino e mostrato sulle casse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the name; one line per line.</source>
        <translation>Stampato sotto il nome, riga per riga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax id</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s tax number in %1, printed on receipts and invoices; checked before it is saved.</source>
        <translation>Il numero fiscale del negozio in %1, stampato su scontrini e fatture; controllato prima di salvarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt header</source>
        <translation>Intestazione scontrino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines under the address: opening hours, a phone, a website.</source>
        <translation>Righe tue sotto l&apos;indirizzo: orari, un telefono, un sito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt footer</source>
        <translation>Piè di pagina scontrino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines at the end of each receipt: returns policy, a greeting.</source>
        <translation>Righe tue in fondo a ogni scontrino: politica dei resi, un saluto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt language</source>
        <translation>Lingua dello scontrino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of receipts and reports, whatever language the cashier&apos;s screen is in.</source>
        <translation>La lingua di scontrini e report, qualunque sia la lingua dello schermo del cassiere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount limit (%)</source>
        <translation>Limite di sconto (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A larger discount needs someone allowed to give it (see Staff).</source>
        <translation>Uno sconto maggiore richiede qualcuno autorizzato a farlo (vedi Personale).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash notes</source>
        <translation>Banconote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quick amounts offered for cash payments; separate them with spaces.</source>
        <translation>Gli importi rapidi proposti per i pagamenti in contanti; separali con spazi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round totals paid wholly in cash to 5 cents</source>
        <translation>Arrotonda a 5 centesimi i totali pagati interamente in contanti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash rounding</source>
        <translation>Arrotondamento contanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed as its own line on the receipt; card payments are never rounded.</source>
        <translation>Stampato come riga a sé sullo scontrino; i pagamenti con carta non si arrotondano mai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale labels by weight</source>
        <translation>Etichette bilancia a peso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is a weight in grams, e.g. 21 22.</source>
        <translation>Prefissi dei codici a barre delle etichette il cui numero è un peso in grammi, es. 21 22.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale labels by price</source>
        <translation>Etichette bilancia a prezzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is the price, e.g. 23 24.</source>
        <translation>Prefissi dei codici a barre delle etichette il cui numero è il prezzo, es. 23 24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item code digits</source>
        <translation>Cifre del codice articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many digits after the prefix name the product (its PLU) on a scale label.</source>
        <translation>Quante cifre dopo il prefisso indicano il prodotto (il suo PLU) sull&apos;etichetta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last year</source>
        <translation>L&apos;ultimo anno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last %1 years</source>
        <translation>Gli ultimi %1 anni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other tills&apos; sales kept</source>
        <translation>Vendite delle altre casse conservate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back each till keeps the sales of the other tills, for customer cards and refunds anywhere. Older ones are forgotten at the tills once a day; the server keeps everything, and each till keeps its own sales.</source>
        <translation>Quanto indietro ogni cassa conserva le vendite delle altre casse, per le schede clienti e i resi a qualunque cassa. Le più vecchie vengono dimenticate dalle casse una volta al giorno; il server conserva tutto e ogni cassa conserva le proprie vendite.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.py" line="+26"/>
        <source>Back office · Owners and managers: tap your name, then type your PIN.</source>
        <translation>Back office · Titolari e responsabili: tocca il tuo nome, poi scrivi il PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · Tap your name, then type your PIN.</source>
        <translation>Cassa %1 · Tocca il tuo nome, poi digita il PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottega – sign in</source>
        <translation>Bottega – accesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega – back office – sign in</source>
        <translation>Bottega – back office – accesso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit (Esc)</source>
        <translation>Esci (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office  Ctrl+B</source>
        <translation>Back office  Ctrl+B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who is working?</source>
        <translation>Chi è in cassa?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose your name first</source>
        <translation>Prima scegli il tuo nome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can try your PIN again.</source>
        <translation>Puoi riprovare il PIN.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN for %1</source>
        <translation>PIN di %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name first (or press its F-key), type your PIN, then Back office.</source>
        <translation>Prima tocca il tuo nome (o premi il suo tasto F), scrivi il PIN, poi Back office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back office is for owners and managers.</source>
        <translation>Il back office è per titolari e responsabili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN, then press Back office (Ctrl+B).</source>
        <translation>Scrivi il PIN, poi premi Back office (Ctrl+B).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap your name first (or press its F-key), then type your PIN.</source>
        <translation>Prima tocca il tuo nome (o premi il suo tasto F), poi digita il PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Il PIN ha da 4 a 8 cifre.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+50"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+13"/>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who signs in at the tills. Deactivated people keep their sales but can no longer sign in.</source>
        <translation>Tutti quelli che accedono alle casse. Chi è disattivato conserva le sue vendite ma non può più accedere.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add someone</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN (4-8 cifre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>Ripeti il PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected person</source>
        <translation>Persona scelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Choose someone in the list.</source>
        <translation>Scegli una persona nell&apos;elenco.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set PIN</source>
        <translation>Imposta PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN</source>
        <translation>Azzera PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What each role may do without a manager&apos;s PIN</source>
        <translation>Cosa può fare ogni ruolo senza il PIN di un responsabile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managers and owners</source>
        <translation>Responsabili e titolari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners only</source>
        <translation>Solo titolari</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone below the role chosen needs the PIN of someone at or above it.</source>
        <translation>Chi ha un ruolo inferiore a quello scelto deve avere il PIN di qualcuno di quel ruolo o superiore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the owner changes these.</source>
        <translation>Solo il titolare li cambia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save permissions</source>
        <translation>Salva i permessi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reactivate with the new PIN</source>
        <translation>Riattiva con il nuovo PIN</translation>
    </message>
    <message>
        <location filename="../../ui/staff_messages.py" line="-16"/>
        <source>A PIN is 4 to 8 digits, 0-9 only.</source>
        <translation>Un PIN ha da 4 a 8 cifre, solo 0-9.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else already uses this PIN. Choose another one.</source>
        <translation>Questo PIN è già usato da qualcun altro. Scegline un altro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the person&apos;s name.</source>
        <translation>Scrivi il nome della persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the shop&apos;s last owner: make someone else owner first.</source>
        <translation>È l&apos;ultimo titolare del negozio: prima rendi titolare qualcun altro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can&apos;t deactivate yourself; ask another manager or the owner.</source>
        <translation>Non puoi disattivare te stesso; chiedi a un altro responsabile o al titolare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner can do this.</source>
        <translation>Solo un titolare può farlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager can only manage cashiers; ask the owner.</source>
        <translation>Un responsabile gestisce solo i cassieri; chiedi al titolare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is no longer in the list. Choose again.</source>
        <translation>Questa persona non è più nell&apos;elenco. Scegli di nuovo.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+20"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>I due PIN sono diversi. Scrivi lo stesso PIN due volte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can now sign in with their PIN.</source>
        <translation>%1 ora può accedere con il suo PIN.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN saved for %1.</source>
        <translation>Nuovo PIN salvato per %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s new PIN is %2. Tell them, and ask them to change it.</source>
        <translation>Il nuovo PIN di %1 è %2. Comunicaglielo e chiedigli di cambiarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s role is changed.</source>
        <translation>Il ruolo di %1 è cambiato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is deactivated: their sales stay theirs.</source>
        <translation>%1 è disattivato: le sue vendite restano sue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can sign in again with the new PIN.</source>
        <translation>%1 può di nuovo accedere con il nuovo PIN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permissions saved; the tills follow them at once.</source>
        <translation>Permessi salvati; le casse li seguono subito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>Nessuna modifica.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/sync_settings.py" line="+27"/>
        <source>Server and sync</source>
        <translation>Server e sincronizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till works on its own and sends its sales, customers and points to the shop&apos;s server whenever it is online.</source>
        <translation>Questa cassa funziona da sola e invia vendite, clienti e punti al server del negozio ogni volta che è in linea.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline, points can pay only up to the balance this till knows: points earned at another till count here once both tills have synced.</source>
        <translation>Senza rete i punti pagano solo fino al saldo che questa cassa conosce: i punti guadagnati a un&apos;altra cassa contano qui quando entrambe le casse si sono sincronizzate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol this till</source>
        <translation>Registra questa cassa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Till %1</source>
        <translation>Cassa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till name</source>
        <translation>Nome della cassa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol</source>
        <translation>Registra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of the server</source>
        <translation>Disconnetti dal server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export waiting changes and sign out…</source>
        <translation>Esporta le modifiche in attesa e disconnetti…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager can enrol this till or sign it out.</source>
        <translation>Solo un responsabile può registrare o disconnettere questa cassa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Modifiche in attesa di invio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused %1 of them in the last sync; they stay here and are kept.</source>
        <translation>Il server ne ha rifiutate %1 nell&apos;ultima sincronizzazione; restano qui e sono conservate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records from the server could not be used here and were set aside; the rest synced.</source>
        <translation>%1 record dal server non si potevano usare qui e sono stati messi da parte; il resto è sincronizzato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1 (%2): %3</source>
        <translation>Modifica n. %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s history is arriving, newest first: %1 of %2 records. The till works meanwhile.</source>
        <translation>Lo storico del negozio sta arrivando, dal più recente: %1 di %2 registrazioni. Intanto la cassa funziona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines were refunded at two tills beyond what was sold, while offline: see the Z report.</source>
        <translation>%1 righe sono state rimborsate da due casse oltre il venduto, mentre erano offline: vedi il rapporto Z.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful sync: %1</source>
        <translation>Ultima sincronizzazione riuscita: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Bottega window on this computer syncs this shop&apos;s data.</source>
        <translation>Un&apos;altra finestra di Bottega su questo computer sincronizza i dati del negozio.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the server address, the enrolment code and a name for this till.</source>
        <translation>Scrivi l&apos;indirizzo del server, il codice di registrazione e un nome per questa cassa.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enrolled: this till now syncs with %1.</source>
        <translation>Registrata: ora questa cassa si sincronizza con %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This till is no longer connected to a server. Its sales are kept here.</source>
        <translation>Questa cassa non è più collegata a un server. Le sue vendite restano qui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting changes were saved to %2; this till is no longer connected to a server.</source>
        <translation>%1 modifiche in attesa sono state salvate in %2; questa cassa non è più collegata a un server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export waiting changes</source>
        <translation>Esporta le modifiche in attesa</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../ui/dialog_parts.py" line="+80"/>
        <source>Cancel (Esc)</source>
        <translation>Annulla (Esc)</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till_header.py" line="+38"/>
        <source>Printer  Ctrl+P</source>
        <translation>Stampante  Ctrl+P</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reprint  F9</source>
        <translation>Ristampa  F9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back office  Ctrl+B</source>
        <translation>Back office  Ctrl+B</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cashier</source>
        <translation>Cassiere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not yet fiscal (RT): %1</source>
        <translation>Non ancora fiscali (RT): %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+76"/>
        <source>Scan a barcode or type a product name or code  (F2)</source>
        <translation>Scansiona un codice a barre o scrivi nome o codice articolo  (F2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quantity
F3</source>
        <translation>Quantità
F3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount
F4</source>
        <translation>Sconto riga
F4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price
F5</source>
        <translation>Prezzo
F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line
Del</source>
        <translation>Togli riga
Del</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer
F1</source>
        <translation>Cliente
F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved
Ctrl+R</source>
        <translation>Prenotazioni
Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+31"/>
        <source>TOTAL</source>
        <translation>TOTALE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discounts</source>
        <translation>Sconti</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+15"/>
        <source>Sale discount
F6</source>
        <translation>Sconto totale
F6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park
F7</source>
        <translation>Sospendi
F7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall
F8</source>
        <translation>Riprendi
F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund
F10</source>
        <translation>Reso
F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in/out
F11</source>
        <translation>Versa/Preleva
F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale
Ctrl+D</source>
        <translation>Apri cassetto
Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void sale
Ctrl+Del</source>
        <translation>Annulla vendita
Ctrl+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close shift
Ctrl+F12</source>
        <translation>Chiusura cassa
Ctrl+F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock
Ctrl+L</source>
        <translation>Blocca
Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAY  F12</source>
        <translation>PAGAMENTO  F12</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+7"/>
        <source>Lines: %1</source>
        <translation>Righe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT %1%: %2</source>
        <translation>IVA %1%: %2</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+51"/>
        <source>REFUND – reason: %1. Press F12 to pay back, Ctrl+Del to cancel.</source>
        <translation>RESO – motivo: %1. Premi F12 per rimborsare, Ctrl+Del per annullare.</translation>
    </message>
    <message>
        <location filename="../../ui/till_header.py" line="-18"/>
        <source>Till %1 · shift open</source>
        <translation>Cassa %1 · turno aperto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · no shift open</source>
        <translation>Cassa %1 · nessun turno aperto</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+79"/>
        <source>No product matches “%1”. Check the spelling or scan the barcode.</source>
        <translation>Nessun articolo corrisponde a “%1”. Controlla come è scritto o scansiona il codice a barre.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Finish or cancel the refund before selling.</source>
        <translation>Concludi o annulla il reso prima di vendere.</translation>
    </message>
    <message>
        <location filename="../../ui/till_line_actions.py" line="+46"/>
        <source>Discount on %1</source>
        <translation>Sconto su %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount on the whole sale</source>
        <translation>Sconto su tutta la vendita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sale cancelled.</source>
        <translation>Vendita annullata.</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+24"/>
        <source>Refund %1 recorded: %2 paid back.</source>
        <translation>Reso %1 registrato: rimborsati %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded. Change due: %2</source>
        <translation>Vendita %1 registrata. Resto: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded.</source>
        <translation>Vendita %1 registrata.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No receipt to reprint yet.</source>
        <translation>Ancora nessuno scontrino da ristampare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing a copy of receipt %1.</source>
        <translation>Stampa di una copia dello scontrino %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing receipt %1 again.</source>
        <translation>Ristampa dello scontrino %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sale parked. Press F8 to recall it.</source>
        <translation>Vendita sospesa. Premi F8 per riprenderla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parked sale recalled.</source>
        <translation>Vendita sospesa ripresa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish, park or cancel this sale before a refund.</source>
        <translation>Concludi, sospendi o annulla questa vendita prima di un reso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash movement recorded.</source>
        <translation>Movimento di cassa registrato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawer opened (no sale) – recorded in the audit log.</source>
        <translation>Cassetto aperto (senza vendita) – annotato nel registro di controllo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish, park or cancel this sale before closing the shift.</source>
        <translation>Concludi, sospendi o annulla questa vendita prima della chiusura cassa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printer settings saved.</source>
        <translation>Impostazioni della stampante salvate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The back office is for owners and managers.</source>
        <translation>Il back office è per titolari e responsabili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish, park or cancel this sale before opening the back office.</source>
        <translation>Concludi, parcheggia o annulla questa vendita prima di aprire il back office.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Locked</source>
        <translation>Cassa bloccata</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-12"/>
        <source>“%1” is not a valid value. Correct it and press Enter.</source>
        <translation>“%1” non è un valore valido. Correggilo e premi Enter.</translation>
    </message>
</context>
<context>
    <name>VatRatesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-74"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code on the receipt</source>
        <translation>Codice sullo scontrino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation>Aliquota (%)</translation>
    </message>
</context>
<context>
    <name>ZReportView</name>
    <message>
        <location filename="../../ui/zreport_view.py" line="+69"/>
        <source>Z report no. %1</source>
        <translation>Chiusura Z n. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X report · shift still open</source>
        <translation>Lettura X · turno ancora aperto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Till %1</source>
        <translation>Cassa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened %1</source>
        <translation>aperto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>chiuso %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takings</source>
        <translation>Incassi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales (%1)</source>
        <translation>Vendite (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds (%1)</source>
        <translation>Resi (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts given</source>
        <translation>Sconti concessi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net total</source>
        <translation>Incasso netto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash rounding</source>
        <translation>Arrotondamento contanti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refunded beyond what was sold</source>
        <translation>Rimborsato oltre il venduto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on receipt %2: %3 sold, %4 refunded by %5</source>
        <translation>%1 sullo scontrino %2: %3 venduti, %4 rimborsati da %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Aliquota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>Imponibile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>Lordo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sales yet</source>
        <translation>Ancora nessuna vendita</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments yet</source>
        <translation>Ancora nessun pagamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash drawer</source>
        <translation>Cassetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>Fondo cassa iniziale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash payments</source>
        <translation>Pagamenti in contanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Versamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Prelievi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in the drawer</source>
        <translation>Previsto nel cassetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference · short</source>
        <translation>Differenza · ammanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference · over</source>
        <translation>Differenza · eccedenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-94"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backup_messages.py" line="+15"/>
        <source>No backup folder is chosen yet: choose one on the Backups page.</source>
        <translation>Non è ancora stata scelta una cartella per i backup: sceglila nella pagina Backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not there. Plug in the USB stick or connect the network folder, or choose another folder.</source>
        <translation>La cartella dei backup %1 non c&apos;è. Inserisci la chiavetta USB o collega la cartella di rete, oppure scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bottega may not write into %1. Choose a folder you can write to.</source>
        <translation>Bottega non può scrivere in %1. Scegli una cartella scrivibile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is full. Free some space or keep fewer backups.</source>
        <translation>La cartella dei backup %1 è piena. Libera spazio o conserva meno backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its check and was thrown away. Try again; if it fails again, call for help.</source>
        <translation>La copia non ha superato la verifica ed è stata scartata. Riprova; se non riesce di nuovo, chiedi assistenza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Bottega backup, or it is damaged.</source>
        <translation>Questo file non è un backup di Bottega, oppure è danneggiato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made by a newer Bottega. Update Bottega first.</source>
        <translation>Questo backup è stato fatto con una versione più recente di Bottega. Aggiorna prima Bottega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s data is still open elsewhere (another Bottega window or till on this file). Close it and try again.</source>
        <translation>I dati del negozio sono ancora aperti altrove (un&apos;altra finestra o cassa di Bottega su questo file). Chiudila e riprova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>Il backup non è riuscito: %1</translation>
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
        <translation>Backup non riuscito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup %1</source>
        <translation>Ultimo backup %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup yet</source>
        <translation>Ancora nessun backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups set up</source>
        <translation>Backup non configurati</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../ui/campaign_messages.py" line="+15"/>
        <source>Give the campaign a name.</source>
        <translation>Dai un nome alla campagna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupons must be valid until today or later, and not end before they start.</source>
        <translation>I coupon devono valere almeno fino a oggi e non scadere prima di iniziare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer is in this group today: choose another group.</source>
        <translation>Oggi nessun cliente è in questo gruppo: scegline un altro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer is an amount above zero, or a percent from 1 to 100.</source>
        <translation>Un&apos;offerta è un importo maggiore di zero, o una percentuale da 1 a 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group of customers is not known here: choose another group.</source>
        <translation>Questo gruppo di clienti qui non è conosciuto: scegline un altro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This campaign is no longer here. The list is up to date again.</source>
        <translation>Questa campagna non c&apos;è più. L&apos;elenco è di nuovo aggiornato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthday reward goes 0 to 30 days before the birthday.</source>
        <translation>Il regalo di compleanno parte da 0 a 30 giorni prima del compleanno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thank-you comes at the 2nd visit or later.</source>
        <translation>Il ringraziamento arriva dalla 2ª visita in poi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is valid for 1 to 365 days.</source>
        <translation>Un coupon vale da 1 a 365 giorni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is worth an amount above zero, or a percent from 1 to 100.</source>
        <translation>Un coupon vale un importo maggiore di zero, o una percentuale da 1 a 100.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../ui/catalogue_messages.py" line="+17"/>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters.</source>
        <translation>Al massimo %1 caratteri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number. Type for example 10 or 0,50.</source>
        <translation>&apos;%1&apos; non è un numero. Scrivi per esempio 10 o 0,50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a price. Type for example 1,50.</source>
        <translation>&apos;%1&apos; non è un prezzo. Scrivi per esempio 1,50.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: prices here are in whole units, without decimals. Type for example 1500.</source>
        <translation>&apos;%1&apos;: qui i prezzi sono in unità intere, senza decimali. Scrivi per esempio 1500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost less than nothing.</source>
        <translation>%1 (%2) costerebbe meno di niente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>Un prezzo non può essere negativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost too much.</source>
        <translation>%1 (%2) costerebbe troppo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is far too large for a price.</source>
        <translation>&apos;%1&apos; è troppo grande per un prezzo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an EAN-13, EAN-8 or UPC-A barcode (8, 12 or 13 digits).</source>
        <translation>%1 non è un codice EAN-13, EAN-8 o UPC-A (8, 12 o 13 cifre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a wrong check digit: scan it again or check the last digit.</source>
        <translation>%1 ha la cifra di controllo sbagliata: scansionalo di nuovo o controlla l&apos;ultima cifra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts like a scale label (weight or price inside): give a weighed item a PLU instead.</source>
        <translation>%1 inizia come un&apos;etichetta della bilancia (con peso o prezzo): per la merce a peso usa un PLU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already used by %2.</source>
        <translation>%1 è già usato da %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice (%2).</source>
        <translation>%1 compare due volte (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits only.</source>
        <translation>Solo cifre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>Scegline uno dall&apos;elenco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose piece or kg.</source>
        <translation>Scegli pezzo o kg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colour is written #rrggbb, for example #2a9d8f.</source>
        <translation>Un colore si scrive #rrggbb, per esempio #2a9d8f.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a percentage from 0 to 100.</source>
        <translation>&apos;%1&apos; non è una percentuale da 0 a 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU of a product shared with the server cannot change (it was %1).</source>
        <translation>Il codice articolo di un prodotto condiviso con il server non può cambiare (era %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VAT rate %1 is used by %2 products: give them another rate first.</source>
        <translation>L&apos;aliquota IVA %1 è usata da %2 prodotti: assegna loro prima un&apos;altra aliquota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1 has %2 products: move them to another category first.</source>
        <translation>La categoria %1 ha %2 prodotti: spostali prima in un&apos;altra categoria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of %1 changed meanwhile. Nothing was written: preview again.</source>
        <translation>Nel frattempo il prezzo di %1 è cambiato. Non è stato scritto nulla: rifai l&apos;anteprima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product would change: choose products and a change first.</source>
        <translation>Nessun prodotto cambierebbe: scegli prima i prodotti e una variazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was deleted meanwhile. The list is up to date again.</source>
        <translation>Nel frattempo è stato eliminato. L&apos;elenco è di nuovo aggiornato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner or a manager may change the catalogue.</source>
        <translation>Solo un titolare o un responsabile può modificare il catalogo.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../ui/customer_messages.py" line="-62"/>
        <source>&apos;%1&apos; is not a phone number that can exist. Check the digits, or add the country code (+44 ...) for a foreign number.</source>
        <translation>&apos;%1&apos; non è un numero di telefono possibile. Controlla le cifre, o aggiungi il prefisso internazionale (+44 ...) per un numero estero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an e-mail address. Check it, or leave the field empty.</source>
        <translation>&apos;%1&apos; non è un indirizzo e-mail. Controllalo o lascia vuoto il campo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the customer&apos;s name (a first name is enough).</source>
        <translation>Digita il nome del cliente (basta il nome).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>Questo numero di telefono è già di %1. Collega quel cliente invece di registrare una seconda tessera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>Questa e-mail è già di %1. Collega quel cliente invece di registrare una seconda tessera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birthday</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the customer&apos;s %1: it is too long, has too many entries or is not a possible value.</source>
        <translation>Controlla il campo «%1» del cliente: è troppo lungo, ha troppe voci o non è un valore possibile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That customer no longer exists (erased or merged). Search again.</source>
        <translation>Questo cliente non esiste più (cancellato o unito). Cerca di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a loyalty card code, or it has a typo. Scan the card again or search by phone.</source>
        <translation>Non è un codice di tessera fedeltà, o contiene un errore. Scansiona di nuovo la tessera o cerca per telefono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer has the card %1. Search by phone or name and reissue their card.</source>
        <translation>Nessun cliente ha la tessera %1. Cerca per telefono o nome e riemetti la tessera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card was reported lost and replaced. Search the customer by phone and use their new card.</source>
        <translation>Questa tessera è stata denunciata smarrita e sostituita. Cerca il cliente per telefono e usa la nuova tessera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 points available, %2 needed. Pay the rest another way.</source>
        <translation>Disponibili solo %1 punti, ne servono %2. Paga il resto in un altro modo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupon %1 does not exist. Check the code.</source>
        <translation>Il buono %1 non esiste. Controlla il codice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has already been used.</source>
        <translation>Il buono %1 è già stato usato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has expired.</source>
        <translation>Il buono %1 è scaduto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 is not valid yet.</source>
        <translation>Il buono %1 non è ancora valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 belongs to another customer. Attach them first.</source>
        <translation>Il buono %1 è di un altro cliente. Prima collega quel cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reservation is already %1; it can&apos;t be changed that way.</source>
        <translation>Questa prenotazione è già %1; non si può cambiare così.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback_messages.py" line="+15"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>La nota è troppo lunga: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the customer said or what is to be done.</source>
        <translation>Scrivi cosa ha detto il cliente o cosa c&apos;è da fare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether it is a complaint, praise or a request.</source>
        <translation>Scegli se è un reclamo, un complimento o una richiesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority: low, normal or high.</source>
        <translation>Scegli una priorità: bassa, normale o alta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is to do it: an active member of the staff.</source>
        <translation>Scegli chi deve farlo: una persona attiva del personale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the day it is due.</source>
        <translation>Scegli il giorno di scadenza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can&apos;t be kept as it is typed. Check it and try again.</source>
        <translation>Così com&apos;è scritto non si può salvare. Controlla e riprova.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is no longer here (it was resolved or removed). The list is up to date again.</source>
        <translation>Questa nota non c&apos;è più (è stata risolta o rimossa). L&apos;elenco è di nuovo aggiornato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Praise</source>
        <translation>Complimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till</source>
        <translation>Cassa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back office</source>
        <translation>Gestione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answer</source>
        <translation>Risposta NPS</translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="-18"/>
        <source>Fiscal register: %1. The till tries again by itself; check the RT if it goes on.</source>
        <translation>Registratore telematico: %1. La cassa riprova da sola; se continua, controlla l&apos;RT.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="-119"/>
        <source>A discount above the cashier&apos;s limit</source>
        <translation>Uno sconto oltre il limite del cassiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a price</source>
        <translation>Cambiare un prezzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the drawer without a sale</source>
        <translation>Aprire il cassetto senza vendita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund</source>
        <translation>Un reso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing a line or cancelling a sale</source>
        <translation>Togliere una riga o annullare una vendita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking cash out of the drawer</source>
        <translation>Prelevare contanti dal cassetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting a customer&apos;s points</source>
        <translation>Correggere i punti di un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing a customer&apos;s personal data</source>
        <translation>Cancellare i dati personali di un cliente</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is not a valid barcode - check digit wrong or unreadable. Scan again or type the product name.</source>
        <translation>&apos;%1&apos; non è un codice a barre valido: cifra di controllo errata o illeggibile. Scansiona di nuovo o scrivi il nome dell&apos;articolo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No product has the barcode &apos;%1&apos;. Type the product name to find it, or ask a manager to add the barcode.</source>
        <translation>Nessun articolo ha il codice a barre &apos;%1&apos;. Scrivi il nome dell&apos;articolo per trovarlo, o chiedi a un responsabile di aggiungere il codice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong PIN - 1 attempt left before the till locks.</source>
        <translation>PIN errato: resta 1 tentativo prima che la cassa si blocchi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrong PIN - %n attempts left</source>
        <translation>
            <numerusform>PIN errato: resta %n tentativo</numerusform>
            <numerusform>PIN errato: restano %n tentativi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. The till is locked for %n s.</source>
        <translation>
            <numerusform>Troppi PIN errati. La cassa è bloccata per %n s.</numerusform>
            <numerusform>Troppi PIN errati. La cassa è bloccata per %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs the owner&apos;s PIN; this PIN can&apos;t approve it.</source>
        <translation>%1 richiede il PIN del titolare; questo PIN non può autorizzarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s or the owner&apos;s PIN; a cashier&apos;s PIN can&apos;t approve it.</source>
        <translation>%1 richiede il PIN di un responsabile o del titolare; il PIN di un cassiere non basta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs the owner&apos;s approval. Ask the owner to type their PIN.</source>
        <translation>%1 richiede l&apos;autorizzazione del titolare. Chiedi al titolare di digitare il suo PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s approval. Ask a manager to type their PIN.</source>
        <translation>%1 richiede l&apos;autorizzazione di un responsabile. Chiedi a un responsabile di digitare il suo PIN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount is more than the amount it applies to. Type a smaller discount.</source>
        <translation>Lo sconto supera l&apos;importo a cui si applica. Digita uno sconto più basso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount is more than the %1 it applies to. Type a smaller discount.</source>
        <translation>Lo sconto supera i %1 a cui si applica. Digita uno sconto più basso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment can&apos;t be more than what is due. Type a smaller amount.</source>
        <translation>Il pagamento con carta non può superare l&apos;importo dovuto. Digita un importo più basso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payments don&apos;t cover the total yet. Take another payment.</source>
        <translation>I pagamenti non coprono ancora il totale. Incassa un altro pagamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still to pay. Take another payment.</source>
        <translation>Restano da pagare %1. Incassa un altro pagamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shift is open on this till. Open a shift and count the float first.</source>
        <translation>Nessun turno aperto su questa cassa. Prima apri un turno e conta il fondo cassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift is already open on this till. Close it (Z report) before opening a new one.</source>
        <translation>Su questa cassa è già aperto un turno. Chiudilo (chiusura Z) prima di aprirne uno nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale with receipt number &apos;%1&apos; on this till. Check the number printed on the receipt and try again.</source>
        <translation>Nessuna vendita con scontrino numero &apos;%1&apos; su questa cassa. Controlla il numero stampato sullo scontrino e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to refund yet: type how many to return on at least one line.</source>
        <translation>Ancora niente da rimborsare: digita quanti pezzi rendere su almeno una riga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has already been returned in full. Set its return quantity to 0.</source>
        <translation>&apos;%1&apos; è già stato reso per intero. Imposta a 0 la quantità da rendere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of &apos;%2&apos; can still be returned. Lower the quantity.</source>
        <translation>Di &apos;%2&apos; si possono ancora rendere solo %1. Riduci la quantità.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale is empty. Scan or add a product first.</source>
        <translation>La vendita è vuota. Prima scansiona o aggiungi un articolo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a lottery code: it has 8 letters or digits. Check the customer&apos;s code.</source>
        <translation>&apos;%1&apos; non è un codice lotteria: ha 8 lettere o cifre. Controlla il codice del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lottery code counts only with at least 1 EUR paid by card. Clear the code or pay by card.</source>
        <translation>Il codice lotteria vale solo con almeno 1 EUR pagato elettronicamente. Cancella il codice o paga con carta.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The till could not do that (%1). Try again, or ask a manager.</source>
        <translation>La cassa non è riuscita a farlo (%1). Riprova o chiedi a un responsabile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong: %1. Try again; if it keeps happening, restart the till.</source>
        <translation>Si è verificato un errore imprevisto: %1. Riprova; se si ripete, riavvia la cassa.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>VAT rate %1% has no department on the fiscal register. Set one on the back office&apos;s fiscal page.</source>
        <translation>L&apos;aliquota IVA %1% non ha un reparto sul registratore telematico. Impostalo nella pagina fiscale del back office.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return needs the reference of the original fiscal slip. Type it on the back office&apos;s fiscal page.</source>
        <translation>Questo reso richiede il riferimento del documento commerciale originale. Inseriscilo nella pagina fiscale del back office.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type an amount, like 20 or 12.50.</source>
        <translation>Digita un importo, come 20 o 12,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: this currency has no decimals. Type a whole amount, like 1500.</source>
        <translation>&apos;%1&apos;: questa valuta non ha decimali. Scrivi un importo intero, per esempio 1500.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&apos;%1&apos; has too many decimals: this currency has %n after the decimal mark.</source>
        <translation>
            <numerusform>&apos;%1&apos; ha troppi decimali: questa valuta ne ha %n dopo la virgola.</numerusform>
            <numerusform>&apos;%1&apos; ha troppi decimali: questa valuta ne ha %n dopo la virgola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an amount. Type it like 20 or 12.50.</source>
        <translation>&apos;%1&apos; non è un importo. Scrivilo come 20 o 12,50.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_texts.py" line="-13"/>
        <source>The server refused this code: it is wrong, used or expired. Ask the owner for a new one.</source>
        <translation>Il server ha rifiutato questo codice: è errato, già usato o scaduto. Chiedine uno nuovo al titolare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error (%1). Try again later.</source>
        <translation>Il server ha risposto con un errore (%1). Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server at this address. Check the address and the network.</source>
        <translation>Impossibile raggiungere il server a questo indirizzo. Controlla l&apos;indirizzo e la rete.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another Bottega window on this computer is syncing this shop&apos;s data. Close it, or wait: this window takes over when it closes.</source>
        <translation>Un&apos;altra finestra di Bottega su questo computer sta sincronizzando i dati del negozio. Chiudila, oppure attendi: questa finestra subentra quando si chiude.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changes made here have not reached the server yet. Press Sync now and try again when none wait, or export them to a file first.</source>
        <translation>%1 modifiche fatte qui non sono ancora arrivate al server. Premi Sincronizza ora e riprova quando non ne resta nessuna in attesa, oppure esportale prima in un file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer&apos;s clock is %1 min behind the server: correct its date and time.</source>
        <translation>L&apos;orologio di questo computer è indietro di %1 min rispetto al server: correggi data e ora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 min ahead of the server: correct its date and time.</source>
        <translation>L&apos;orologio di questo computer è avanti di %1 min rispetto al server: correggi data e ora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>%1 waiting</source>
        <translation>%1 in attesa</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No server · %1</source>
        <translation>Nessun server · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced by another Bottega window · %1</source>
        <translation>Sincronizzata da un&apos;altra finestra di Bottega · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online · %1 · synced %2</source>
        <translation>In linea · %1 · sincronizzata %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting… · %1</source>
        <translation>Connessione… · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1 · last sync %2</source>
        <translation>Sincronizzazione in errore · %1 · ultima sincronizzazione %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline · %1 · last sync %2</source>
        <translation>Non in linea · %1 · ultima sincronizzazione %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>%1 · shop history %2%</source>
        <translation>%1 · storico del negozio %2%</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Clock wrong! %1</source>
        <translation>Orologio sbagliato! %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Online · %1</source>
        <translation>In linea · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1</source>
        <translation>Sincronizzazione in errore · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1 · %2</source>
        <translation>Non in linea dalle %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · %1</source>
        <translation>Non in linea · %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="+43"/>
        <source>Server and sync settings</source>
        <translation>Impostazioni di server e sincronizzazione</translation>
    </message>
</context>
</TS>
