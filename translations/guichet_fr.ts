<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutPage</name>
    <message>
        <source>This application</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <source>Windows, text and network</source>
        <translation>Fenêtres, texte et réseau</translation>
    </message>
    <message>
        <source>Encryption and certificates</source>
        <translation>Chiffrement et certificats</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Scroll %1 up or down</source>
        <translation>Faire défiler « %1 » vers le haut ou le bas</translation>
    </message>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Faire défiler « %1 » de côté</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>AnswerDisplay</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Guichet Desktop is already running: its window was brought to the front.</source>
        <translation>Guichet Desktop est déjà ouvert : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Guichet Desktop</source>
        <translation>Guichet Desktop</translation>
    </message>
    <message>
        <source>%1

Error code: %2</source>
        <translation>%1

Code d&apos;erreur : %2</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and others</source>
        <translation>%1, %2 et d&apos;autres</translation>
    </message>
    <message>
        <source>Reference %1 — answer by %2</source>
        <translation>Référence %1 — réponse attendue pour le %2</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Référence %1</translation>
    </message>
    <message>
        <source>Information requested: %1</source>
        <translation>Informations demandées : %1</translation>
    </message>
    <message>
        <source>The certificate on your card expired on %1</source>
        <translation>Le certificat de votre carte a expiré le %1</translation>
    </message>
    <message>
        <source>The certificate on your card expires on %1</source>
        <translation>Le certificat de votre carte expire le %1</translation>
    </message>
    <message>
        <source>Without a valid certificate you can no longer sign in or sign. Ask for a new card or token in good time.</source>
        <translation>Sans certificat valide, vous ne pourrez plus vous connecter ni signer. Demandez à temps une nouvelle carte ou un nouveau token.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused by the portal</source>
        <translation>
            <numerusform>%n demande refusée par le portail</numerusform>
            <numerusform>%n demandes refusées par le portail</numerusform>
        </translation>
    </message>
    <message>
        <source>Read why, then correct and send again or remove it.</source>
        <translation>Lisez pourquoi, puis corrigez et renvoyez, ou supprimez.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) moved on</source>
        <translation>
            <numerusform>%n démarche a avancé</numerusform>
            <numerusform>%n démarches ont avancé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new access(es) to your data</source>
        <translation>
            <numerusform>%n nouvel accès à vos données</numerusform>
            <numerusform>%n nouveaux accès à vos données</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting to be sent</source>
        <translation>
            <numerusform>%n demande en attente d&apos;envoi</numerusform>
            <numerusform>%n demandes en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave on their own as soon as the portal can be reached; nothing is lost meanwhile.</source>
        <translation>Ils partent d&apos;eux-mêmes dès que le portail est joignable ; rien n&apos;est perdu entre-temps.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not sent yet</source>
        <translation>
            <numerusform>%n brouillon pas encore envoyé</numerusform>
            <numerusform>%n brouillons pas encore envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest: %1</source>
        <translation>Le plus récent : %1</translation>
    </message>
</context>
<context>
    <name>CardProfile</name>
    <message>
        <source>Luxembourg identity card (2014 model)</source>
        <translation>Carte d&apos;identité luxembourgeoise (modèle 2014)</translation>
    </message>
    <message>
        <source>Luxembourg identity card (2021 model)</source>
        <translation>Carte d&apos;identité luxembourgeoise (modèle 2021)</translation>
    </message>
    <message>
        <source>LuxTrust Smartcard</source>
        <translation>LuxTrust Smartcard</translation>
    </message>
    <message>
        <source>LuxTrust Signing Stick</source>
        <translation>LuxTrust Signing Stick</translation>
    </message>
    <message>
        <source>Simulated identity card</source>
        <translation>Carte d&apos;identité simulée</translation>
    </message>
    <message>
        <source>Simulated LuxTrust Signing Stick</source>
        <translation>Signing Stick LuxTrust simulé</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <source>Card not recognised (used through %1)</source>
        <translation>Carte non reconnue (utilisée via %1)</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqué</translation>
    </message>
    <message>
        <source>Last try before the PIN is blocked</source>
        <translation>Dernier essai avant le blocage du PIN</translation>
    </message>
    <message>
        <source>A wrong PIN was entered since the last right one</source>
        <translation>Un PIN incorrect a été saisi depuis le dernier PIN correct</translation>
    </message>
    <message numerus="yes">
        <source>PIN ready, %n tries left</source>
        <translation>
            <numerusform>PIN prêt, %n essai restant</numerusform>
            <numerusform>PIN prêt, %n essais restants</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN ready</source>
        <translation>PIN prêt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign documents</source>
        <translation>Signature de documents</translation>
    </message>
    <message>
        <source>Other use</source>
        <translation>Autre usage</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Pas valable avant le %1</translation>
    </message>
    <message>
        <source>Card: %1 (PIN blocked)</source>
        <translation>Carte : %1 (PIN bloqué)</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Recherche des lecteurs de cartes…</translation>
    </message>
    <message>
        <source>The card is not recognised</source>
        <translation>La carte n&apos;est pas reconnue</translation>
    </message>
    <message>
        <source>Issued by a trusted authority</source>
        <translation>Émis par une autorité de confiance</translation>
    </message>
    <message>
        <source>Not checked (no trusted root certificates set)</source>
        <translation>Non vérifié (aucun certificat racine de confiance défini)</translation>
    </message>
    <message>
        <source>Where to get it: the LuxTrust Middleware, from LuxTrust&apos;s website, works with LuxTrust cards and sticks and with the Luxembourg identity card. On Linux, OpenSC (package opensc) supports some of these cards too.</source>
        <translation>Où l&apos;obtenir : le LuxTrust Middleware, sur le site de LuxTrust, fonctionne avec les cartes et sticks LuxTrust et avec la carte d&apos;identité luxembourgeoise. Sous Linux, OpenSC (paquet opensc) prend aussi en charge certaines de ces cartes.</translation>
    </message>
    <message>
        <source>%1: its software is not installed</source>
        <translation>%1 : son logiciel n&apos;est pas installé</translation>
    </message>
    <message>
        <source>%1: the card software does not see it</source>
        <translation>%1 : le logiciel de carte ne la voit pas</translation>
    </message>
    <message>
        <source>The PIN of an identity card is unblocked with the PUK code from the letter you received with the card, through the CTIE&apos;s procedure: go to your commune or to the CTIE with the card and that letter. It cannot be unblocked in this application.</source>
        <translation>Le PIN d&apos;une carte d&apos;identité se débloque avec le code PUK de la lettre reçue avec la carte, selon la procédure du CTIE : rendez-vous à votre commune ou au CTIE avec la carte et cette lettre. Il ne peut pas être débloqué dans cette application.</translation>
    </message>
    <message>
        <source>The PIN of a LuxTrust device is unblocked on LuxTrust&apos;s own portal; if you cannot do it there, contact LuxTrust&apos;s support. It cannot be unblocked in this application.</source>
        <translation>Le PIN d&apos;un appareil LuxTrust se débloque sur le portail de LuxTrust ; si vous n&apos;y parvenez pas, contactez le support de LuxTrust. Il ne peut pas être débloqué dans cette application.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Guichet Desktop: do your administrative procedures in Luxembourg with your identity card.</source>
        <translation>Guichet Desktop : effectuez vos démarches administratives au Luxembourg avec votre carte d&apos;identité.</translation>
    </message>
    <message>
        <source>Language of the interface: fr, de or en.</source>
        <translation>Langue de l&apos;interface : fr, de ou en.</translation>
    </message>
    <message>
        <source>Save pictures of the main pages in every language to &lt;folder&gt; and exit (works without a display).</source>
        <translation>Enregistre des images des pages principales dans chaque langue dans &lt;folder&gt; puis quitte (fonctionne sans écran).</translation>
    </message>
    <message>
        <source>Demo and training mode: use a simulated identity card (PIN 123456) instead of a real one.</source>
        <translation>Mode démonstration et formation : utilise une carte d&apos;identité simulée (PIN 123456) au lieu d&apos;une vraie.</translation>
    </message>
    <message>
        <source>Demo mode: whose simulated card is inserted: marie-schmit (citizen, the default), luc-weber (business user with a signing stick) or paul-hoffmann.</source>
        <translation>Mode démo : carte simulée insérée : marie-schmit (citoyenne, par défaut), luc-weber (utilisateur professionnel avec un Signing Stick) ou paul-hoffmann.</translation>
    </message>
    <message>
        <source>Address of the portal for this run (https://...), instead of the one in Settings.</source>
        <translation>Adresse du portail pour cette exécution (https://...), au lieu de celle des Paramètres.</translation>
    </message>
    <message>
        <source>PEM file of further certificate authorities trusted for the portal in this run (added to the system&apos;s).</source>
        <translation>Fichier PEM d&apos;autorités de certification supplémentaires reconnues pour le portail lors de cette exécution (ajoutées à celles du système).</translation>
    </message>
    <message>
        <source>Explain an error code (for example NET-004): what it means and what to do, then exit (works without a display).</source>
        <translation>Explique un code d&apos;erreur (par exemple NET-004) : ce qu&apos;il signifie et que faire, puis quitte (fonctionne sans écran).</translation>
    </message>
    <message>
        <source>Check the smart card service, readers, card, certificates, portal connection, keychain and local data, print what was found, then exit (works without a display). The exit code is 0 when all is well, 3 for a warning, 4 for a failure.</source>
        <translation>Vérifie le service de cartes à puce, les lecteurs, la carte, les certificats, la connexion au portail, le trousseau et les données locales, affiche le résultat puis quitte (fonctionne sans écran). Le code de sortie vaut 0 si tout va bien, 3 en cas d&apos;avertissement, 4 en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>With --diagnose: print the report as JSON (docs/diagnostics-schema.json).</source>
        <translation>Avec --diagnose : affiche le rapport en JSON (docs/diagnostics-schema.json).</translation>
    </message>
    <message>
        <source>Demo mode: start in a training scenario that fails like the real thing (portal-unreachable, portal-503, slow-network, clock-ten-minutes-off, pin-one-try-left, pin-blocked).</source>
        <translation>Mode démo : démarre dans un scénario de formation qui échoue comme en réalité (portal-unreachable, portal-503, slow-network, clock-ten-minutes-off, pin-one-try-left, pin-blocked).</translation>
    </message>
    <message>
        <source>Start in the notification area without opening the window (used when starting at login; the window opens where the desktop has no notification area).</source>
        <translation>Démarrer dans la zone de notification sans ouvrir la fenêtre (utilisé au démarrage de la session ; la fenêtre s&apos;ouvre si le bureau n&apos;a pas de zone de notification).</translation>
    </message>
    <message>
        <source>Look of the window for this run: light, dark or high-contrast (instead of the one in Settings).</source>
        <translation>Apparence de la fenêtre pour cette exécution : light (clair), dark (sombre) ou high-contrast (contraste élevé), au lieu de celle des paramètres.</translation>
    </message>
</context>
<context>
    <name>Company</name>
    <message>
        <source>RCS %1</source>
        <translation>RCS %1</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Smart card service (PC/SC)</source>
        <translation>Service de cartes à puce (PC/SC)</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Lecteurs de cartes</translation>
    </message>
    <message>
        <source>Card in the reader</source>
        <translation>Carte dans le lecteur</translation>
    </message>
    <message>
        <source>Card middleware (PKCS#11 modules)</source>
        <translation>Logiciel de carte (modules PKCS#11)</translation>
    </message>
    <message>
        <source>Card or signing stick</source>
        <translation>Carte ou stick de signature</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Portal settings</source>
        <translation>Paramètres du portail</translation>
    </message>
    <message>
        <source>Portal name lookup (DNS)</source>
        <translation>Résolution du nom du portail (DNS)</translation>
    </message>
    <message>
        <source>Connection to the portal</source>
        <translation>Connexion au portail</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Portal answer</source>
        <translation>Réponse du portail</translation>
    </message>
    <message>
        <source>Computer clock</source>
        <translation>Horloge de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Données locales</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Guichet Desktop diagnostics, %1</source>
        <translation>Diagnostic de Guichet Desktop, %1</translation>
    </message>
    <message>
        <source>Look here first: %1</source>
        <translation>À regarder en premier : %1</translation>
    </message>
    <message>
        <source>Every layer that was checked is OK.</source>
        <translation>Tout ce qui a été vérifié est en ordre.</translation>
    </message>
</context>
<context>
    <name>DisabledReason</name>
    <message>
        <source>Choose an item in the list first.</source>
        <translation>Choisissez d&apos;abord un élément de la liste.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>The requested language is not available.</source>
        <translation>La langue demandée n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Choose one of fr (French), de (German) or en (English).</source>
        <translation>Choisissez fr (français), de (allemand) ou en (anglais).</translation>
    </message>
    <message>
        <source>Guichet Desktop is already running but does not respond.</source>
        <translation>Guichet Desktop est déjà ouvert mais ne répond pas.</translation>
    </message>
    <message>
        <source>Close the other Guichet Desktop window, or end it from the task manager, then start the application again.</source>
        <translation>Fermez l&apos;autre fenêtre de Guichet Desktop, ou arrêtez-la dans le gestionnaire des tâches, puis relancez l&apos;application.</translation>
    </message>
    <message>
        <source>Guichet Desktop cannot check whether it is already running.</source>
        <translation>Guichet Desktop ne peut pas vérifier s&apos;il est déjà ouvert.</translation>
    </message>
    <message>
        <source>You can go on working. Avoid starting the application twice.</source>
        <translation>Vous pouvez continuer à travailler. Évitez de lancer l&apos;application deux fois.</translation>
    </message>
    <message>
        <source>The command line is not valid.</source>
        <translation>La ligne de commande n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Run guichet --help to see the options that are accepted.</source>
        <translation>Lancez guichet --help pour voir les options acceptées.</translation>
    </message>
    <message>
        <source>The screenshots could not be saved.</source>
        <translation>Les captures d&apos;écran n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Choose a folder you are allowed to write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>No screen is available to show the window.</source>
        <translation>Aucun écran n&apos;est disponible pour afficher la fenêtre.</translation>
    </message>
    <message>
        <source>Start the application from a desktop session, or use --screenshots FOLDER to save pictures of its pages instead.</source>
        <translation>Lancez l&apos;application depuis une session de bureau, ou utilisez --screenshots DOSSIER pour enregistrer plutôt des images de ses pages.</translation>
    </message>
    <message>
        <source>Your settings file is damaged.</source>
        <translation>Votre fichier de paramètres est endommagé.</translation>
    </message>
    <message>
        <source>The damaged file was kept aside and default settings are used. Check your settings again.</source>
        <translation>Le fichier endommagé a été mis de côté et les paramètres par défaut sont utilisés. Vérifiez à nouveau vos paramètres.</translation>
    </message>
    <message>
        <source>This setting is managed by your administrator.</source>
        <translation>Ce paramètre est géré par votre administrateur.</translation>
    </message>
    <message>
        <source>Ask your administrator if it needs to be changed.</source>
        <translation>Adressez-vous à votre administrateur s&apos;il faut le modifier.</translation>
    </message>
    <message>
        <source>Your settings cannot be saved.</source>
        <translation>Vos paramètres ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it. Changes apply until you close the application.</source>
        <translation>Vérifiez que votre dossier personnel n&apos;est pas plein et que vous pouvez y écrire. Les modifications restent valables jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>A setting has a value that is not allowed.</source>
        <translation>Un paramètre a une valeur non autorisée.</translation>
    </message>
    <message>
        <source>The default value is used instead. Check your settings.</source>
        <translation>La valeur par défaut est utilisée à la place. Vérifiez vos paramètres.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier de données.</translation>
    </message>
    <message>
        <source>Free some disk space or choose another data folder in the settings. Nothing is saved until then.</source>
        <translation>Libérez de l&apos;espace disque ou choisissez un autre dossier de données dans les paramètres. Rien n&apos;est enregistré d&apos;ici là.</translation>
    </message>
    <message>
        <source>The log file cannot be written.</source>
        <translation>Le journal ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The application works normally; only the log for help-desk staff is missing.</source>
        <translation>L&apos;application fonctionne normalement ; seul le journal destiné au service d&apos;assistance manque.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, contact the help desk.</source>
        <translation>Réessayez. Si cela se reproduit, contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The smart card service is not running.</source>
        <translation>Le service de cartes à puce n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>Start the smart card service (pcscd on Linux, &quot;Smart Card&quot; on Windows) or restart the computer. The application notices when it is back.</source>
        <translation>Démarrez le service de cartes à puce (pcscd sous Linux, « Carte à puce » sous Windows) ou redémarrez l&apos;ordinateur. L&apos;application le remarque dès qu&apos;il revient.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de cartes n&apos;est branché.</translation>
    </message>
    <message>
        <source>Connect your card reader or signing stick. If it is connected, try another USB port.</source>
        <translation>Branchez votre lecteur de cartes ou votre clé de signature. S&apos;il est branché, essayez un autre port USB.</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>Il n&apos;y a pas de carte dans le lecteur.</translation>
    </message>
    <message>
        <source>Insert your identity card or LuxTrust card in the reader, chip first.</source>
        <translation>Insérez votre carte d&apos;identité ou votre carte LuxTrust dans le lecteur, puce en premier.</translation>
    </message>
    <message>
        <source>The card was removed during the operation.</source>
        <translation>La carte a été retirée pendant l&apos;opération.</translation>
    </message>
    <message>
        <source>Insert the card again and repeat the operation. Nothing was signed.</source>
        <translation>Réinsérez la carte et recommencez l&apos;opération. Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>This card is not supported.</source>
        <translation>Cette carte n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Use a Luxembourg identity card, a LuxTrust card or signing stick, or ask your administrator to configure a PKCS#11 module for this card.</source>
        <translation>Utilisez une carte d&apos;identité luxembourgeoise, une carte ou une clé de signature LuxTrust, ou demandez à votre administrateur de configurer un module PKCS#11 pour cette carte.</translation>
    </message>
    <message>
        <source>The card reader is being used by another application.</source>
        <translation>Le lecteur de cartes est utilisé par une autre application.</translation>
    </message>
    <message>
        <source>Close the other application that uses the card (for example a browser signing extension), then try again.</source>
        <translation>Fermez l&apos;autre application qui utilise la carte (par exemple une extension de signature du navigateur), puis réessayez.</translation>
    </message>
    <message>
        <source>The card does not respond.</source>
        <translation>La carte ne répond pas.</translation>
    </message>
    <message>
        <source>Take the card out, clean the chip, insert it again. If it keeps failing, the card may be damaged.</source>
        <translation>Retirez la carte, nettoyez la puce et réinsérez-la. Si le problème persiste, la carte est peut-être endommagée.</translation>
    </message>
    <message>
        <source>The card reader is no longer available.</source>
        <translation>Le lecteur de cartes n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Check the reader&apos;s cable, unplug it and plug it in again.</source>
        <translation>Vérifiez le câble du lecteur, débranchez-le puis rebranchez-le.</translation>
    </message>
    <message>
        <source>The card gave an answer the application does not understand.</source>
        <translation>La carte a donné une réponse que l&apos;application ne comprend pas.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it happens again, contact the help desk with the error code.</source>
        <translation>Retirez la carte et réinsérez-la. Si cela se reproduit, contactez le service d&apos;assistance en indiquant le code d&apos;erreur.</translation>
    </message>
    <message>
        <source>The card operation was cancelled.</source>
        <translation>L&apos;opération sur la carte a été annulée.</translation>
    </message>
    <message>
        <source>Start the operation again when you are ready.</source>
        <translation>Recommencez l&apos;opération quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time.</source>
        <translation>Le lecteur de cartes n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Try again. If the reader has a keypad, type your PIN on it without waiting too long.</source>
        <translation>Réessayez. Si le lecteur a un clavier, tapez-y votre PIN sans trop attendre.</translation>
    </message>
    <message>
        <source>The card reader reported an error.</source>
        <translation>Le lecteur de cartes a signalé une erreur.</translation>
    </message>
    <message>
        <source>Unplug the reader and plug it in again, then try again. Updating the reader&apos;s driver may help.</source>
        <translation>Débranchez puis rebranchez le lecteur et réessayez. Mettre à jour le pilote du lecteur peut aider.</translation>
    </message>
    <message>
        <source>The PIN could not be entered on the reader&apos;s keypad.</source>
        <translation>Le PIN n&apos;a pas pu être saisi sur le clavier du lecteur.</translation>
    </message>
    <message>
        <source>Try again, or turn off the use of the keypad in the settings to type the PIN on the computer.</source>
        <translation>Réessayez, ou désactivez l&apos;utilisation du clavier du lecteur dans les paramètres pour taper le PIN sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The software for this card is not installed or cannot be started.</source>
        <translation>Le logiciel de cette carte n&apos;est pas installé ou ne peut pas être démarré.</translation>
    </message>
    <message>
        <source>Install the card&apos;s middleware (for example the LuxTrust or Gemalto software, or OpenSC) or set its path in the settings.</source>
        <translation>Installez le logiciel de la carte (par exemple le logiciel LuxTrust ou Gemalto, ou OpenSC) ou indiquez son chemin dans les paramètres.</translation>
    </message>
    <message>
        <source>The software for this card does not work as expected.</source>
        <translation>Le logiciel de cette carte ne fonctionne pas comme prévu.</translation>
    </message>
    <message>
        <source>Reinstall or update the card&apos;s middleware. Contact the help desk if it keeps failing.</source>
        <translation>Réinstallez ou mettez à jour le logiciel de la carte. Contactez le service d&apos;assistance si le problème persiste.</translation>
    </message>
    <message>
        <source>The card is not visible to its software.</source>
        <translation>La carte n&apos;est pas visible pour son logiciel.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If you use a signing stick, plug it in again.</source>
        <translation>Retirez la carte et réinsérez-la. Si vous utilisez une clé de signature, rebranchez-la.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>Le PIN est incorrect.</translation>
    </message>
    <message>
        <source>Type the PIN again carefully. The number of tries left is shown before each entry.</source>
        <translation>Retapez soigneusement le PIN. Le nombre d&apos;essais restants est affiché avant chaque saisie.</translation>
    </message>
    <message>
        <source>The PIN is blocked.</source>
        <translation>Le PIN est bloqué.</translation>
    </message>
    <message>
        <source>Unblock it with your PUK code, or ask the issuer of the card (the commune for an identity card, LuxTrust for a LuxTrust product).</source>
        <translation>Débloquez-le avec votre code PUK, ou adressez-vous à l&apos;émetteur de la carte (la commune pour une carte d&apos;identité, LuxTrust pour un produit LuxTrust).</translation>
    </message>
    <message>
        <source>The PIN does not have the expected form.</source>
        <translation>Le PIN n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>Check the length of your PIN and that it contains only digits.</source>
        <translation>Vérifiez la longueur de votre PIN et qu&apos;il ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>The card or signing stick was removed.</source>
        <translation>La carte ou la clé de signature a été retirée.</translation>
    </message>
    <message>
        <source>Insert it again and repeat the operation. Nothing was signed.</source>
        <translation>Réinsérez-la et recommencez l&apos;opération. Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>The certificate or its key was not found on the card.</source>
        <translation>Le certificat ou sa clé est introuvable sur la carte.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it keeps failing, the card may need to be renewed.</source>
        <translation>Retirez la carte et réinsérez-la. Si le problème persiste, la carte doit peut-être être renouvelée.</translation>
    </message>
    <message>
        <source>The card cannot make this kind of signature.</source>
        <translation>La carte ne peut pas produire ce type de signature.</translation>
    </message>
    <message>
        <source>Use another certificate or card, or contact the help desk.</source>
        <translation>Utilisez un autre certificat ou une autre carte, ou contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The card&apos;s software reported an error.</source>
        <translation>Le logiciel de la carte a signalé une erreur.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again, then try again. Contact the help desk if it keeps failing.</source>
        <translation>Retirez la carte, réinsérez-la et réessayez. Contactez le service d&apos;assistance si le problème persiste.</translation>
    </message>
    <message>
        <source>The PIN entry was cancelled.</source>
        <translation>La saisie du PIN a été annulée.</translation>
    </message>
    <message>
        <source>Start again when you are ready. Nothing was signed.</source>
        <translation>Recommencez quand vous êtes prêt. Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>The new PIN was not accepted.</source>
        <translation>Le nouveau PIN n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Choose a new PIN that follows the rules shown and type it twice the same way.</source>
        <translation>Choisissez un nouveau PIN qui respecte les règles affichées et tapez-le deux fois de la même façon.</translation>
    </message>
    <message>
        <source>The certificate on the card cannot be read.</source>
        <translation>Le certificat de la carte ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Take the card out and insert it again. If it keeps failing, contact the help desk.</source>
        <translation>Retirez la carte et réinsérez-la. Si le problème persiste, contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message>
        <source>Renew your card or certificate (the commune for an identity card, LuxTrust for LuxTrust products).</source>
        <translation>Renouvelez votre carte ou votre certificat (la commune pour une carte d&apos;identité, LuxTrust pour les produits LuxTrust).</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Le certificat n&apos;est pas encore valable.</translation>
    </message>
    <message>
        <source>Check the date and time of your computer. A new certificate may take a few hours to become valid.</source>
        <translation>Vérifiez la date et l&apos;heure de votre ordinateur. Un nouveau certificat peut mettre quelques heures à devenir valable.</translation>
    </message>
    <message>
        <source>The certificate was not issued by a trusted authority.</source>
        <translation>Le certificat n&apos;a pas été émis par une autorité de confiance.</translation>
    </message>
    <message>
        <source>Use a card from a recognised issuer, or ask your administrator to add the issuer&apos;s root certificate.</source>
        <translation>Utilisez une carte d&apos;un émetteur reconnu, ou demandez à votre administrateur d&apos;ajouter le certificat racine de l&apos;émetteur.</translation>
    </message>
    <message>
        <source>This certificate cannot be used for this operation.</source>
        <translation>Ce certificat ne peut pas être utilisé pour cette opération.</translation>
    </message>
    <message>
        <source>Choose the other certificate of your card: one is for signing in, the other for signing documents.</source>
        <translation>Choisissez l&apos;autre certificat de votre carte : l&apos;un sert à se connecter, l&apos;autre à signer des documents.</translation>
    </message>
    <message>
        <source>The document could not be prepared for signing.</source>
        <translation>Le document n&apos;a pas pu être préparé pour la signature.</translation>
    </message>
    <message>
        <source>The portal refused your card: its certificate has expired.</source>
        <translation>Le portail a refusé votre carte : son certificat a expiré.</translation>
    </message>
    <message>
        <source>Renew your card or certificate, and check the date and time of your computer.</source>
        <translation>Renouvelez votre carte ou votre certificat, et vérifiez la date et l&apos;heure de votre ordinateur.</translation>
    </message>
    <message>
        <source>The portal refused your card: its certificate is not valid yet.</source>
        <translation>Le portail a refusé votre carte : son certificat n&apos;est pas encore valable.</translation>
    </message>
    <message>
        <source>Check the date and time of your computer, or try again later.</source>
        <translation>Vérifiez la date et l&apos;heure de votre ordinateur, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The portal refused the certificate: it is not the one for signing in.</source>
        <translation>Le portail a refusé le certificat : ce n&apos;est pas celui qui sert à se connecter.</translation>
    </message>
    <message>
        <source>Sign in with the authentication certificate of your card.</source>
        <translation>Connectez-vous avec le certificat d&apos;authentification de votre carte.</translation>
    </message>
    <message>
        <source>The portal does not recognise the issuer of your card.</source>
        <translation>Le portail ne reconnaît pas l&apos;émetteur de votre carte.</translation>
    </message>
    <message>
        <source>Use a Luxembourg identity card or a LuxTrust product. Contact the help desk if yours is one.</source>
        <translation>Utilisez une carte d&apos;identité luxembourgeoise ou un produit LuxTrust. Contactez le service d&apos;assistance si c&apos;est déjà le cas.</translation>
    </message>
    <message>
        <source>The sign-in attempt was refused because it was not fresh.</source>
        <translation>La tentative de connexion a été refusée car elle n&apos;était pas récente.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>La connexion a pris trop de temps.</translation>
    </message>
    <message>
        <source>Sign in again and enter your PIN without waiting too long.</source>
        <translation>Connectez-vous à nouveau et saisissez votre PIN sans trop attendre.</translation>
    </message>
    <message>
        <source>The sign-in was meant for another site.</source>
        <translation>La connexion était destinée à un autre site.</translation>
    </message>
    <message>
        <source>Check the portal address in the settings, then sign in again.</source>
        <translation>Vérifiez l&apos;adresse du portail dans les paramètres, puis connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The portal could not check the signature of your card.</source>
        <translation>Le portail n&apos;a pas pu vérifier la signature de votre carte.</translation>
    </message>
    <message>
        <source>Sign in again. If it happens again, contact the help desk.</source>
        <translation>Connectez-vous à nouveau. Si cela se reproduit, contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Votre session est terminée.</translation>
    </message>
    <message>
        <source>Sign in again with your card.</source>
        <translation>Connectez-vous à nouveau avec votre carte.</translation>
    </message>
    <message>
        <source>The portal cannot be reached.</source>
        <translation>Le portail est injoignable.</translation>
    </message>
    <message>
        <source>Check your Internet connection. Your local data stays available.</source>
        <translation>Vérifiez votre connexion Internet. Vos données locales restent disponibles.</translation>
    </message>
    <message>
        <source>The connection to the portal is not secure.</source>
        <translation>La connexion au portail n&apos;est pas sécurisée.</translation>
    </message>
    <message>
        <source>Do not go on. Check the portal address and your network; contact the help desk.</source>
        <translation>N&apos;allez pas plus loin. Vérifiez l&apos;adresse du portail et votre réseau ; contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The portal sent an answer the application does not understand.</source>
        <translation>Le portail a envoyé une réponse que l&apos;application ne comprend pas.</translation>
    </message>
    <message>
        <source>Try again later. If it happens again, contact the help desk.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>You need to sign in for this.</source>
        <translation>Vous devez vous connecter pour cela.</translation>
    </message>
    <message>
        <source>Sign in with your card, then try again.</source>
        <translation>Connectez-vous avec votre carte, puis réessayez.</translation>
    </message>
    <message>
        <source>The card&apos;s signature does not match its certificate.</source>
        <translation>La signature de la carte ne correspond pas à son certificat.</translation>
    </message>
    <message>
        <source>The certificate of your card has been revoked.</source>
        <translation>Le certificat de votre carte a été révoqué.</translation>
    </message>
    <message>
        <source>Contact the issuer of your card (the commune for an identity card, LuxTrust for LuxTrust products).</source>
        <translation>Contactez l&apos;émetteur de votre carte (la commune pour une carte d&apos;identité, LuxTrust pour les produits LuxTrust).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used.</source>
        <translation>Le trousseau du système ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Unlock your keychain (or log in to your desktop session) and try again. Until then you will have to sign in each time.</source>
        <translation>Déverrouillez votre trousseau (ou ouvrez votre session de bureau) et réessayez. D&apos;ici là, vous devrez vous connecter à chaque fois.</translation>
    </message>
    <message>
        <source>A saved sign-in is no longer in the keychain.</source>
        <translation>Une connexion enregistrée ne se trouve plus dans le trousseau.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>Le portail n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Nothing is lost: the application tries again by itself. If it keeps happening, check your connection.</source>
        <translation>Rien n&apos;est perdu : l&apos;application réessaie d&apos;elle-même. Si cela se répète, vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>You can keep working with what is on this computer; changes are sent when the connection is back.</source>
        <translation>Vous pouvez continuer avec ce qui se trouve sur cet ordinateur ; les modifications seront envoyées au retour de la connexion.</translation>
    </message>
    <message>
        <source>The portal sent more data than expected.</source>
        <translation>Le portail a envoyé plus de données que prévu.</translation>
    </message>
    <message>
        <source>The portal has a problem at the moment.</source>
        <translation>Le portail rencontre actuellement un problème.</translation>
    </message>
    <message>
        <source>Nothing is lost. Try again in a few minutes.</source>
        <translation>Rien n&apos;est perdu. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The portal refused the request.</source>
        <translation>Le portail a refusé la demande.</translation>
    </message>
    <message>
        <source>Read the portal&apos;s explanation below. If it is not clear, contact the help desk with the code.</source>
        <translation>Lisez l&apos;explication du portail ci-dessous. Si elle n&apos;est pas claire, contactez le support en indiquant le code.</translation>
    </message>
    <message>
        <source>The proxy refused the sign-in.</source>
        <translation>Le proxy a refusé l&apos;identification.</translation>
    </message>
    <message>
        <source>Check the proxy user name and password in Settings.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe du proxy dans les Paramètres.</translation>
    </message>
    <message>
        <source>Your documents and procedures on this computer cannot be opened.</source>
        <translation>Vos documents et démarches sur cet ordinateur ne peuvent pas être ouverts.</translation>
    </message>
    <message>
        <source>Close other copies of the application and try again. Your data on the portal is not affected.</source>
        <translation>Fermez les autres copies de l&apos;application et réessayez. Vos données sur le portail ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Your local data could not be updated to this version.</source>
        <translation>Vos données locales n&apos;ont pas pu être mises à jour pour cette version.</translation>
    </message>
    <message>
        <source>Nothing was changed. Contact the help desk; the previous version still opens your data.</source>
        <translation>Rien n&apos;a été modifié. Contactez le support ; la version précédente ouvre toujours vos données.</translation>
    </message>
    <message>
        <source>Your local data was written by a newer version of the application.</source>
        <translation>Vos données locales ont été écrites par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>Install the newer version again.</source>
        <translation>Réinstallez la version plus récente.</translation>
    </message>
    <message>
        <source>Your local data is damaged.</source>
        <translation>Vos données locales sont endommagées.</translation>
    </message>
    <message>
        <source>The application will fetch it again from the portal. Items not yet sent are kept aside; contact the help desk.</source>
        <translation>L&apos;application va les récupérer à nouveau depuis le portail. Les éléments pas encore envoyés sont mis de côté ; contactez le support.</translation>
    </message>
    <message>
        <source>The key that protects your documents on this computer is missing.</source>
        <translation>La clé qui protège vos documents sur cet ordinateur est introuvable.</translation>
    </message>
    <message>
        <source>Unlock your keychain. If the key was deleted, your documents are fetched again from the portal.</source>
        <translation>Déverrouillez votre trousseau. Si la clé a été supprimée, vos documents seront récupérés à nouveau depuis le portail.</translation>
    </message>
    <message>
        <source>A document on this computer cannot be decrypted.</source>
        <translation>Un document sur cet ordinateur ne peut pas être déchiffré.</translation>
    </message>
    <message>
        <source>It may have been altered. The application fetches it again from the portal; contact the help desk if it happens again.</source>
        <translation>Il a peut-être été modifié. L&apos;application le récupère à nouveau depuis le portail ; contactez le support si cela se reproduit.</translation>
    </message>
    <message>
        <source>A document could not be saved on this computer.</source>
        <translation>Un document n&apos;a pas pu être enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>The space for documents on this computer is full.</source>
        <translation>L&apos;espace réservé aux documents sur cet ordinateur est plein.</translation>
    </message>
    <message>
        <source>Unpin some documents or raise the limit in Settings.</source>
        <translation>Retirez l&apos;épinglage de certains documents ou augmentez la limite dans les Paramètres.</translation>
    </message>
    <message>
        <source>The summary document could not be made.</source>
        <translation>Le document récapitulatif n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Your answers are kept in the draft. Try again; if it happens again, contact the help desk.</source>
        <translation>Vos réponses sont conservées dans le brouillon. Réessayez ; si cela se reproduit, contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The summary document could not be signed.</source>
        <translation>Le document récapitulatif n&apos;a pas pu être signé.</translation>
    </message>
    <message>
        <source>Your answers are kept in the draft. Check that your card is still in the reader and try again.</source>
        <translation>Vos réponses sont conservées dans le brouillon. Vérifiez que votre carte se trouve toujours dans le lecteur et réessayez.</translation>
    </message>
    <message>
        <source>The signature of the document is not valid.</source>
        <translation>La signature du document n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The document was changed after signing or the signature is damaged. Sign it again.</source>
        <translation>Le document a été modifié après la signature ou la signature est endommagée. Signez-le à nouveau.</translation>
    </message>
    <message>
        <source>The document was signed with another person&apos;s card.</source>
        <translation>Le document a été signé avec la carte d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>Sign with the card of the person who is signed in.</source>
        <translation>Signez avec la carte de la personne connectée.</translation>
    </message>
    <message>
        <source>This form cannot be shown: it is not valid.</source>
        <translation>Ce formulaire ne peut pas être affiché : il n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Try again later. If it persists, contact the help desk and give them the code.</source>
        <translation>Réessayez plus tard. Si le problème persiste, contactez le service d&apos;assistance en indiquant le code.</translation>
    </message>
    <message>
        <source>This form uses a kind of field this version does not know.</source>
        <translation>Ce formulaire utilise un type de champ que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>Update Guichet Desktop, or fill in the form on the website.</source>
        <translation>Mettez à jour Guichet Desktop ou remplissez le formulaire sur le site web.</translation>
    </message>
    <message>
        <source>This form cannot be shown: its rules contradict each other.</source>
        <translation>Ce formulaire ne peut pas être affiché : ses règles se contredisent.</translation>
    </message>
    <message>
        <source>Contact the help desk and give them the code.</source>
        <translation>Contactez le service d&apos;assistance en indiquant le code.</translation>
    </message>
    <message>
        <source>This form is too large to be shown.</source>
        <translation>Ce formulaire est trop volumineux pour être affiché.</translation>
    </message>
    <message>
        <source>Some answers still need your attention.</source>
        <translation>Certaines réponses nécessitent encore votre attention.</translation>
    </message>
    <message>
        <source>Go back to the fields marked in the form and correct them.</source>
        <translation>Revenez aux champs signalés dans le formulaire et corrigez-les.</translation>
    </message>
    <message>
        <source>Your draft could not be saved.</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Keep the form open and free some disk space; the app tries again at your next change.</source>
        <translation>Laissez le formulaire ouvert et libérez de l&apos;espace disque ; l&apos;application réessaiera lors de votre prochaine modification.</translation>
    </message>
    <message>
        <source>A saved draft could not be read.</source>
        <translation>Un brouillon enregistré n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The draft is kept untouched. Contact the help desk before discarding it.</source>
        <translation>Le brouillon est conservé tel quel. Contactez le service d&apos;assistance avant de le supprimer.</translation>
    </message>
    <message>
        <source>The chosen file cannot be attached.</source>
        <translation>Le fichier choisi ne peut pas être joint.</translation>
    </message>
    <message>
        <source>Choose a PDF, JPEG or PNG file within the size shown and check that it can be opened.</source>
        <translation>Choisissez un fichier PDF, JPEG ou PNG qui ne dépasse pas la taille indiquée et vérifiez qu&apos;il peut être ouvert.</translation>
    </message>
    <message>
        <source>Your role in this space does not allow submitting or adding.</source>
        <translation>Votre rôle dans cet espace ne permet pas d&apos;envoyer ni d&apos;ajouter.</translation>
    </message>
    <message>
        <source>Ask an administrator of the company&apos;s space to make you a manager, or switch to a space where you are one.</source>
        <translation>Demandez à un administrateur de l&apos;espace de l&apos;entreprise de vous nommer gestionnaire, ou passez à un espace où vous l&apos;êtes.</translation>
    </message>
    <message>
        <source>No portal is configured.</source>
        <translation>Aucun portail n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Start the demo to try the application with a simulated card, or enter the portal address your administration gave you in Settings.</source>
        <translation>Lancez la démo pour essayer l&apos;application avec une carte simulée, ou saisissez dans les Paramètres l&apos;adresse du portail que votre administration vous a donnée.</translation>
    </message>
    <message>
        <source>The portal address is not valid.</source>
        <translation>L&apos;adresse du portail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Check the address in Settings: it looks like https://www.example.lu.</source>
        <translation>Vérifiez l&apos;adresse dans les Paramètres : elle ressemble à https://www.example.lu.</translation>
    </message>
    <message>
        <source>The portal address does not use a secure connection.</source>
        <translation>L&apos;adresse du portail n&apos;utilise pas de connexion sécurisée.</translation>
    </message>
    <message>
        <source>Use the portal&apos;s address that starts with https://. Nothing was sent to the other address.</source>
        <translation>Utilisez l&apos;adresse du portail qui commence par https://. Rien n&apos;a été envoyé à l&apos;autre adresse.</translation>
    </message>
    <message>
        <source>The certificate file for the portal cannot be read.</source>
        <translation>Le fichier de certificats du portail ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Check the file given in Settings or with --portal-ca: it must exist and hold certificates in PEM format.</source>
        <translation>Vérifiez le fichier indiqué dans les Paramètres ou avec --portal-ca : il doit exister et contenir des certificats au format PEM.</translation>
    </message>
    <message>
        <source>The portal answered for another person than the one on the card.</source>
        <translation>Le portail a répondu pour une autre personne que celle de la carte.</translation>
    </message>
    <message>
        <source>You were signed out and nothing of the other person was opened. Sign in again; if this happens again, contact the help desk.</source>
        <translation>Vous avez été déconnecté et rien de l&apos;autre personne n&apos;a été ouvert. Reconnectez-vous ; si cela se reproduit, contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not the one this computer expects.</source>
        <translation>Le certificat du portail n&apos;est pas celui qu&apos;attend cet ordinateur.</translation>
    </message>
    <message>
        <source>Do not go on: the connection may be intercepted. Contact the help desk.</source>
        <translation>N&apos;allez pas plus loin : la connexion est peut-être interceptée. Contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The proxy cannot be reached or refused the connection.</source>
        <translation>Le proxy est injoignable ou a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the proxy in Settings, or ask your network administrator. Your local data stays available.</source>
        <translation>Vérifiez le proxy dans les Paramètres ou adressez-vous à votre administrateur réseau. Vos données locales restent disponibles.</translation>
    </message>
    <message>
        <source>The portal keeps sending changes without end; the synchronisation was stopped.</source>
        <translation>Le portail envoie des modifications sans fin ; la synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>What arrived so far is kept. Try again later; if it happens again, contact the help desk and give them the code.</source>
        <translation>Ce qui est déjà arrivé est conservé. Réessayez plus tard ; si cela se reproduit, contactez le service d&apos;assistance en indiquant le code.</translation>
    </message>
    <message>
        <source>Your data on this computer is locked: the key that protects it is not available.</source>
        <translation>Vos données sur cet ordinateur sont verrouillées : la clé qui les protège n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Unlock your keychain and sign in again. Nothing is kept on this computer without its key.</source>
        <translation>Déverrouillez votre trousseau et reconnectez-vous. Rien n&apos;est conservé sur cet ordinateur sans sa clé.</translation>
    </message>
    <message>
        <source>Your data could not be encrypted on this computer.</source>
        <translation>Vos données n&apos;ont pas pu être chiffrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing was written. Try again; contact the help desk if it happens again.</source>
        <translation>Rien n&apos;a été écrit. Réessayez ; contactez le service d&apos;assistance si cela se reproduit.</translation>
    </message>
    <message>
        <source>Some of your data on this computer cannot be decrypted.</source>
        <translation>Certaines de vos données sur cet ordinateur ne peuvent pas être déchiffrées.</translation>
    </message>
    <message>
        <source>It may have been altered, or the key in your keychain was replaced. Your data on the portal is not affected; contact the help desk.</source>
        <translation>Elles ont peut-être été modifiées, ou la clé de votre trousseau a été remplacée. Vos données sur le portail ne sont pas touchées ; contactez le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Some standard texts (buttons, file dialogs) will stay in English.</source>
        <translation>Certains textes standard (boutons, fenêtres de fichiers) resteront en anglais.</translation>
    </message>
    <message>
        <source>Ask your administrator to install Qt&apos;s translations (on Debian and Ubuntu the package qt6-translations-l10n).</source>
        <translation>Demandez à votre administrateur d&apos;installer les traductions de Qt (sous Debian et Ubuntu, le paquet qt6-translations-l10n).</translation>
    </message>
    <message>
        <source>This error code is not known to this version of Guichet Desktop.</source>
        <translation>Ce code d&apos;erreur n&apos;est pas connu de cette version de Guichet Desktop.</translation>
    </message>
    <message>
        <source>Check the code as it is shown: letters, a hyphen and three digits, for example NET-004. A newer version may know it.</source>
        <translation>Vérifiez le code tel qu&apos;il est affiché : des lettres, un tiret et trois chiffres, par exemple NET-004. Une version plus récente le connaît peut-être.</translation>
    </message>
    <message>
        <source>The disk that holds your data is almost full.</source>
        <translation>Le disque qui contient vos données est presque plein.</translation>
    </message>
    <message>
        <source>Free some space on this computer (at least 200 MB), then try again. Nothing you have saved is lost.</source>
        <translation>Libérez de l&apos;espace sur cet ordinateur (au moins 200 Mo), puis réessayez. Rien de ce que vous avez enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Your card is recognised, but the software that uses it is not installed.</source>
        <translation>Votre carte est reconnue, mais le logiciel qui l&apos;utilise n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The card software is installed but does not see your card.</source>
        <translation>Le logiciel de carte est installé mais ne voit pas votre carte.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. If it stays so, update or reinstall the card software, or try another reader.</source>
        <translation>Retirez la carte et remettez-la. Si rien ne change, mettez à jour ou réinstallez le logiciel de carte, ou essayez un autre lecteur.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not at the right time.</source>
        <translation>L&apos;horloge de cet ordinateur n&apos;est pas à l&apos;heure.</translation>
    </message>
    <message>
        <source>Set the date, time and time zone of this computer (or turn on automatic time), then try again: certificates and signing in depend on it.</source>
        <translation>Réglez la date, l&apos;heure et le fuseau horaire de cet ordinateur (ou activez l&apos;heure automatique), puis réessayez : les certificats et la connexion en dépendent.</translation>
    </message>
    <message>
        <source>Install the card middleware named on the My card page (the LuxTrust Middleware serves LuxTrust cards and sticks and the Luxembourg identity card), then take the card out and put it back.</source>
        <translation>Installez le logiciel de carte indiqué sur la page Ma carte (le LuxTrust Middleware sert aux cartes et sticks LuxTrust et à la carte d&apos;identité luxembourgeoise), puis retirez la carte et remettez-la.</translation>
    </message>
    <message>
        <source>The PUK is wrong. The PIN is still blocked.</source>
        <translation>Le PUK est incorrect. Le PIN reste bloqué.</translation>
    </message>
    <message>
        <source>Type the PUK again carefully, as it is written in the document you received with the card. The PUK too is blocked after a few wrong tries.</source>
        <translation>Saisissez de nouveau le PUK avec soin, tel qu&apos;il est écrit dans le document reçu avec la carte. Le PUK aussi se bloque après quelques essais erronés.</translation>
    </message>
    <message>
        <source>The PUK is blocked.</source>
        <translation>Le PUK est bloqué.</translation>
    </message>
    <message>
        <source>The PIN cannot be unblocked on this computer any more. Contact the issuer of the card.</source>
        <translation>Le PIN ne peut plus être débloqué sur cet ordinateur. Contactez l&apos;émetteur de la carte.</translation>
    </message>
    <message>
        <source>The software for this card cannot unblock the PIN.</source>
        <translation>Le logiciel de cette carte ne peut pas débloquer le PIN.</translation>
    </message>
    <message>
        <source>Unblock the PIN the way the issuer of the card describes, or contact the help desk. Nothing was changed on the card.</source>
        <translation>Débloquez le PIN comme l&apos;émetteur de la carte l&apos;indique, ou contactez le service d&apos;assistance. Rien n&apos;a été modifié sur la carte.</translation>
    </message>
    <message>
        <source>The PUK does not have the expected form.</source>
        <translation>Le PUK n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>Check the length of the PUK and type it exactly as it is written.</source>
        <translation>Vérifiez la longueur du PUK et saisissez-le exactement tel qu&apos;il est écrit.</translation>
    </message>
    <message>
        <source>Guichet Desktop could not be set to start when you log in.</source>
        <translation>Guichet Desktop n&apos;a pas pu être configuré pour démarrer à l&apos;ouverture de votre session.</translation>
    </message>
    <message>
        <source>Check that your home folder is not full and that you may write to it, or start Guichet Desktop yourself.</source>
        <translation>Vérifiez que votre dossier personnel n&apos;est pas plein et que vous pouvez y écrire, ou démarrez Guichet Desktop vous-même.</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>For the help desk: %1</source>
        <translation>Pour le service d&apos;assistance : %1</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <source>Choose at least one answer.</source>
        <translation>Choisissez au moins une réponse.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <source>Add this document.</source>
        <translation>Ajoutez ce document.</translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation>Ajoutez au moins une entrée.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Cette réponse est obligatoire.</translation>
    </message>
    <message>
        <source>Enter text here.</source>
        <translation>Saisissez un texte ici.</translation>
    </message>
    <message>
        <source>Enter a number, such as 4.</source>
        <translation>Saisissez un nombre, par exemple 4.</translation>
    </message>
    <message>
        <source>Enter a real date: day, month and year.</source>
        <translation>Saisissez une date valide : jour, mois et année.</translation>
    </message>
    <message>
        <source>Choose among the answers offered.</source>
        <translation>Choisissez parmi les réponses proposées.</translation>
    </message>
    <message>
        <source>Enter the full address.</source>
        <translation>Saisissez l&apos;adresse complète.</translation>
    </message>
    <message>
        <source>Enter an IBAN such as LU28 0019 4006 4475 0000.</source>
        <translation>Saisissez un IBAN, par exemple LU28 0019 4006 4475 0000.</translation>
    </message>
    <message>
        <source>Enter the 13 digits of the national identification number.</source>
        <translation>Saisissez les 13 chiffres du matricule national.</translation>
    </message>
    <message>
        <source>Enter a Luxembourg VAT number such as LU15027442.</source>
        <translation>Saisissez un numéro de TVA luxembourgeois, par exemple LU15027442.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.lu.</source>
        <translation>Saisissez une adresse e-mail, par exemple nom@example.lu.</translation>
    </message>
    <message>
        <source>Enter a phone number with its country code, such as +352 621 123 456.</source>
        <translation>Saisissez un numéro de téléphone avec l&apos;indicatif du pays, par exemple +352 621 123 456.</translation>
    </message>
    <message>
        <source>This document could not be identified: add it again.</source>
        <translation>Ce document n&apos;a pas pu être identifié : ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>These entries could not be read: add them again.</source>
        <translation>Ces entrées n&apos;ont pas pu être lues : ajoutez-les à nouveau.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>Cette réponse n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This IBAN is not valid: check it for a typing mistake.</source>
        <translation>Cet IBAN n&apos;est pas valide : vérifiez qu&apos;il ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>This national identification number is not valid: check the 13 digits.</source>
        <translation>Ce matricule national n&apos;est pas valide : vérifiez les 13 chiffres.</translation>
    </message>
    <message>
        <source>This VAT number is not valid: check the 8 digits after LU.</source>
        <translation>Ce numéro de TVA n&apos;est pas valide : vérifiez les 8 chiffres qui suivent LU.</translation>
    </message>
    <message>
        <source>Choose only among the answers offered.</source>
        <translation>Choisissez uniquement parmi les réponses proposées.</translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation>Choisissez l&apos;une des réponses proposées.</translation>
    </message>
    <message>
        <source>Enter the street of the address.</source>
        <translation>Saisissez la rue de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Enter the house number of the address.</source>
        <translation>Saisissez le numéro de maison de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Enter the second line of the address.</source>
        <translation>Saisissez la deuxième ligne de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Enter the postal code of the address.</source>
        <translation>Saisissez le code postal de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Enter the town or village of the address.</source>
        <translation>Saisissez la localité de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Choose the country of the address.</source>
        <translation>Choisissez le pays de l&apos;adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Shorten the street: at most %n characters.</source>
        <translation>
            <numerusform>Raccourcissez la rue : %n caractère au maximum.</numerusform>
            <numerusform>Raccourcissez la rue : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the house number: at most %n characters.</source>
        <translation>
            <numerusform>Raccourcissez le numéro de maison : %n caractère au maximum.</numerusform>
            <numerusform>Raccourcissez le numéro de maison : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the second address line: at most %n characters.</source>
        <translation>
            <numerusform>Raccourcissez la deuxième ligne d&apos;adresse : %n caractère au maximum.</numerusform>
            <numerusform>Raccourcissez la deuxième ligne d&apos;adresse : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the postal code: at most %n characters.</source>
        <translation>
            <numerusform>Raccourcissez le code postal : %n caractère au maximum.</numerusform>
            <numerusform>Raccourcissez le code postal : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shorten the town or village: at most %n characters.</source>
        <translation>
            <numerusform>Raccourcissez la localité : %n caractère au maximum.</numerusform>
            <numerusform>Raccourcissez la localité : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the country of the address from the list.</source>
        <translation>Choisissez le pays de l&apos;adresse dans la liste.</translation>
    </message>
    <message>
        <source>A Luxembourg postal code has 4 digits, such as 1940 (without &quot;L-&quot;).</source>
        <translation>Un code postal luxembourgeois compte 4 chiffres, par exemple 1940 (sans «&#xa0;L-&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n characters.</source>
        <translation>
            <numerusform>Saisissez au moins %n caractère.</numerusform>
            <numerusform>Saisissez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>Saisissez au maximum %n caractère.</numerusform>
            <numerusform>Saisissez au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer is not written as expected: check the example or the help.</source>
        <translation>Cette réponse n&apos;a pas la forme attendue : consultez l&apos;exemple ou l&apos;aide.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Saisissez un nombre supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Saisissez un nombre inférieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>Saisissez une date égale ou postérieure au %1.</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>Saisissez une date égale ou antérieure au %1.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n entries.</source>
        <translation>
            <numerusform>Ajoutez au moins %n entrée.</numerusform>
            <numerusform>Ajoutez au moins %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %n answers.</source>
        <translation>
            <numerusform>Choisissez au moins %n réponse.</numerusform>
            <numerusform>Choisissez au moins %n réponses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at most %n entries.</source>
        <translation>
            <numerusform>Ajoutez au maximum %n entrée.</numerusform>
            <numerusform>Ajoutez au maximum %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n answers.</source>
        <translation>
            <numerusform>Choisissez au maximum %n réponse.</numerusform>
            <numerusform>Choisissez au maximum %n réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is too large: at most %1.</source>
        <translation>Ce fichier est trop volumineux : %1 au maximum.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted: use %1.</source>
        <translation>Ce type de fichier n&apos;est pas accepté. Formats acceptés : %1.</translation>
    </message>
    <message>
        <source>This answer must be the same as the one above.</source>
        <translation>Cette réponse doit être identique à la précédente.</translation>
    </message>
    <message>
        <source>This answer must be the same as &quot;%1&quot;.</source>
        <translation>Cette réponse doit être identique à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter a date after the one above.</source>
        <translation>Saisissez une date postérieure à la précédente.</translation>
    </message>
    <message>
        <source>Enter a date after &quot;%1&quot;.</source>
        <translation>Saisissez une date postérieure à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FormSigning</name>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
</context>
<context>
    <name>FormSummary</name>
    <message>
        <source>%1: you propose “%2” instead of “%3” to %4.</source>
        <translation>%1 : vous proposez «&#xa0;%2&#xa0;» au lieu de «&#xa0;%3&#xa0;» (source : %4).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
</context>
<context>
    <name>MessageTexts</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Not sent: this conversation is closed, the administration no longer accepts messages in it. Your text is kept here; write a new message to the administration instead.</source>
        <translation>Non envoyé : cette conversation est close, l&apos;administration n&apos;y accepte plus de messages. Votre texte est conservé ici ; écrivez plutôt un nouveau message à l&apos;administration.</translation>
    </message>
    <message>
        <source>Not sent (%1): %2 Your text is kept here.</source>
        <translation>Non envoyé (%1) : %2 Votre texte est conservé ici.</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Enregistré sur cet ordinateur, en attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>Dans %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossiers have a new status</source>
        <translation>
            <numerusform>Un dossier a un nouveau statut</numerusform>
            <numerusform>%n dossiers ont un nouveau statut</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guichet Desktop to see where they stand.</source>
        <translation>Ouvrez Guichet Desktop pour voir où ils en sont.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages from the administration</source>
        <translation>
            <numerusform>Un nouveau message de l&apos;administration</numerusform>
            <numerusform>%n nouveaux messages de l&apos;administration</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>Open Guichet Desktop to read them.</source>
        <translation>Ouvrez Guichet Desktop pour les lire.</translation>
    </message>
    <message numerus="yes">
        <source>%n new accesses to your data</source>
        <translation>
            <numerusform>%n nouvel accès à vos données</numerusform>
            <numerusform>%n nouveaux accès à vos données</numerusform>
        </translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par : %1</translation>
    </message>
    <message>
        <source>See who accessed your data, and why, in Guichet Desktop.</source>
        <translation>Voyez dans Guichet Desktop qui a consulté vos données, et pourquoi.</translation>
    </message>
    <message numerus="yes">
        <source>Renew it in time to keep signing in and signing.</source>
        <translation>
            <numerusform>Renouvelez-le à temps pour continuer à vous connecter et à signer.</numerusform>
            <numerusform>Renouvelez-les à temps pour continuer à vous connecter et à signer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates of your card end soon</source>
        <translation>
            <numerusform>Un certificat de votre carte expire bientôt</numerusform>
            <numerusform>%n certificats de votre carte expirent bientôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal refused %n of your requests</source>
        <translation>
            <numerusform>Le portail a refusé une de vos demandes</numerusform>
            <numerusform>Le portail a refusé %n de vos demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Guichet Desktop to see why.</source>
        <translation>Ouvrez Guichet Desktop pour en voir la raison.</translation>
    </message>
    <message numerus="yes">
        <source>%n requests are still waiting to be sent</source>
        <translation>
            <numerusform>Une demande attend toujours d&apos;être envoyée</numerusform>
            <numerusform>%n demandes attendent toujours d&apos;être envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept and sent as soon as the portal can be reached.</source>
        <translation>Elles sont conservées et envoyées dès que le portail est joignable.</translation>
    </message>
    <message>
        <source>Sign in again to stay up to date</source>
        <translation>Reconnectez-vous pour rester à jour</translation>
    </message>
    <message>
        <source>Your session with the portal ended. Insert your card and open Guichet Desktop to sign in.</source>
        <translation>Votre session avec le portail a pris fin. Insérez votre carte et ouvrez Guichet Desktop pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>National register of natural persons (identity)</source>
        <translation>Registre national des personnes physiques (identité)</translation>
    </message>
    <message>
        <source>National register of natural persons (address)</source>
        <translation>Registre national des personnes physiques (adresse)</translation>
    </message>
    <message>
        <source>Vehicle register (SNCA)</source>
        <translation>Registre des véhicules (SNCA)</translation>
    </message>
    <message>
        <source>Driving licence register</source>
        <translation>Registre des permis de conduire</translation>
    </message>
    <message>
        <source>Land register (cadastre)</source>
        <translation>Cadastre</translation>
    </message>
    <message>
        <source>VAT register (AED)</source>
        <translation>Registre de la TVA (AED)</translation>
    </message>
    <message>
        <source>Trade and companies register (RCS)</source>
        <translation>Registre de commerce et des sociétés (RCS)</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Casier judiciaire</translation>
    </message>
    <message>
        <source>Your personal space</source>
        <translation>Votre espace personnel</translation>
    </message>
    <message>
        <source>From %1 — no proof needed</source>
        <translation>Source : %1 — aucun justificatif nécessaire</translation>
    </message>
    <message>
        <source>From %1, with your consent</source>
        <translation>Source : %1, avec votre consentement</translation>
    </message>
    <message>
        <source>Re-used from your personal space</source>
        <translation>Repris de votre espace personnel</translation>
    </message>
    <message>
        <source>Entered by you</source>
        <translation>Saisi par vous</translation>
    </message>
</context>
<context>
    <name>SpaceList</name>
    <message>
        <source>My private space</source>
        <translation>Mon espace privé</translation>
    </message>
</context>
<context>
    <name>SpaceTexts</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>In processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informations demandées</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Partially granted</source>
        <translation>Partiellement accordée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>From an administration</source>
        <translation>D&apos;une administration</translation>
    </message>
    <message>
        <source>Sent with a procedure</source>
        <translation>Envoyé avec une démarche</translation>
    </message>
</context>
<context>
    <name>SummaryContent</name>
    <message>
        <source>By signing, I confirm that the answers above are accurate and complete, and I submit this request to %1.</source>
        <translation>En signant, je confirme que les réponses ci-dessus sont exactes et complètes, et j&apos;introduis la présente demande auprès de l&apos;administration suivante : %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>Summary of your answers, to be signed</source>
        <translation>Récapitulatif de vos réponses, à signer</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Private space</source>
        <translation>Espace privé</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Pour le compte de</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmé le</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Document already in your space</source>
        <translation>Document déjà présent dans votre espace</translation>
    </message>
    <message>
        <source>File attached to this submission</source>
        <translation>Fichier joint à cet envoi</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1, pour le compte de %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>Signé avec</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>Portal unreachable</source>
        <translation>Portail injoignable</translation>
    </message>
    <message>
        <source>Portal out of service (HTTP 503)</source>
        <translation>Portail hors service (HTTP 503)</translation>
    </message>
    <message>
        <source>Very slow network</source>
        <translation>Réseau très lent</translation>
    </message>
    <message>
        <source>Computer clock ten minutes off</source>
        <translation>Horloge de l&apos;ordinateur décalée de dix minutes</translation>
    </message>
    <message>
        <source>PIN with one try left</source>
        <translation>PIN avec un seul essai restant</translation>
    </message>
    <message>
        <source>PIN blocked</source>
        <translation>PIN bloqué</translation>
    </message>
    <message>
        <source>No smart card service</source>
        <translation>Pas de service de cartes à puce</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Pas de lecteur de cartes</translation>
    </message>
    <message>
        <source>Reader without a card</source>
        <translation>Lecteur sans carte</translation>
    </message>
    <message>
        <source>Unknown card (a bank card)</source>
        <translation>Carte inconnue (une carte bancaire)</translation>
    </message>
    <message>
        <source>Identity card without its middleware</source>
        <translation>Carte d&apos;identité sans son logiciel de carte</translation>
    </message>
    <message>
        <source>Card without certificates</source>
        <translation>Carte sans certificats</translation>
    </message>
    <message>
        <source>Expired certificates</source>
        <translation>Certificats expirés</translation>
    </message>
    <message>
        <source>Certificates not yet valid</source>
        <translation>Certificats pas encore valables</translation>
    </message>
    <message>
        <source>Certificates from an untrusted root</source>
        <translation>Certificats d&apos;une racine non reconnue</translation>
    </message>
    <message>
        <source>Reader with a PIN pad</source>
        <translation>Lecteur avec clavier de saisie du PIN</translation>
    </message>
    <message>
        <source>Proxy refusing the portal</source>
        <translation>Proxy refusant le portail</translation>
    </message>
    <message>
        <source>Portal with an untrusted TLS certificate</source>
        <translation>Portail avec un certificat TLS non reconnu</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
</context>
<context>
    <name>TransparencyTexts</name>
    <message>
        <source>Received by the authority</source>
        <translation>Reçue par l&apos;autorité</translation>
    </message>
    <message>
        <source>Being reviewed</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Non envoyée (%1)</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to be sent</source>
        <translation>Enregistrée sur cet ordinateur, en attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>guichet::AboutPage</name>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About Guichet Desktop</source>
        <translation>À propos de Guichet Desktop</translation>
    </message>
    <message>
        <source>A desktop client for MyGuichet.lu, the administrative one-stop shop of Luxembourg. It is not an official product of the State.</source>
        <translation>Un client de bureau pour MyGuichet.lu, le guichet unique administratif du Luxembourg. Ce n&apos;est pas un produit officiel de l&apos;État.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Licence of Guichet Desktop</source>
        <translation>Licence de Guichet Desktop</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>%1 (ready)</source>
        <translation>%1 (prêt)</translation>
    </message>
    <message>
        <source>%1 (cannot be written: %2)</source>
        <translation>%1 (impossible d&apos;y écrire : %2)</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation>non disponible (les messages vont seulement au terminal)</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Guichet Desktop is made to be used with a screen reader, with the keyboard alone, with large text and in dark or high-contrast mode. Every version is checked automatically, in French, German and English, through the accessibility interface screen readers use, against requirements of the European standard EN 301 549. Known gaps: the calendar of a date field is heard but cannot be explored with a screen reader (type the date instead), and a wrong answer is said in the field&apos;s description, not as an &quot;invalid&quot; state. To report a barrier, tell the help desk on which page, what you did and what happened. The full statement: docs/accessibility.md.</source>
        <translation>Guichet Desktop est fait pour être utilisé avec un lecteur d&apos;écran, au clavier seul, avec de grands caractères et en mode sombre ou à contraste élevé. Chaque version est vérifiée automatiquement, en français, en allemand et en anglais, par l&apos;interface d&apos;accessibilité qu&apos;utilisent les lecteurs d&apos;écran, au regard d&apos;exigences de la norme européenne EN 301 549. Limites connues : le calendrier d&apos;un champ de date est annoncé mais ne peut pas être parcouru avec un lecteur d&apos;écran (tapez la date à la place), et une réponse erronée est signalée dans la description du champ, pas par un état « non valide ». Pour signaler un obstacle, dites au service d&apos;assistance sur quelle page, ce que vous avez fait et ce qui s&apos;est passé. La déclaration complète : docs/accessibility.md.</translation>
    </message>
</context>
<context>
    <name>guichet::AccessLogModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
</context>
<context>
    <name>guichet::AccessLogPage</name>
    <message>
        <source>Export the access log</source>
        <translation>Exporter le journal des accès</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Who accessed my data (%n new)</source>
        <translation>
            <numerusform>Qui a consulté mes données (%n nouveau)</numerusform>
            <numerusform>Qui a consulté mes données (%n nouveaux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who accessed my data</source>
        <translation>Qui a consulté mes données</translation>
    </message>
    <message>
        <source>Each time an administration read your data in an authentic source: when, which data, why, and for which procedure.</source>
        <translation>Chaque consultation de vos données dans une source authentique par une administration : quand, quelles données, pourquoi et pour quelle démarche.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Administration, purpose, data, procedure…</source>
        <translation>Administration, finalité, données, démarche…</translation>
    </message>
    <message>
        <source>Search the accesses</source>
        <translation>Rechercher dans les accès</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Show accesses to the source</source>
        <translation>Afficher les accès à cette source</translation>
    </message>
    <message>
        <source>&amp;Administration:</source>
        <translation>&amp;Administration :</translation>
    </message>
    <message>
        <source>Show accesses by the administration</source>
        <translation>Afficher les accès de cette administration</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Show accesses from this date</source>
        <translation>Afficher les accès à partir de cette date</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Show accesses until this date</source>
        <translation>Afficher les accès jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>Accesses to your data</source>
        <translation>Accès à vos données</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the accesses shown as a CSV file</source>
        <translation>Exporter les accès affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All administrations</source>
        <translation>Toutes les administrations</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation>
            <numerusform>%n accès</numerusform>
            <numerusform>%n accès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 accesses</source>
        <translation>
            <numerusform>%n accès sur %1</numerusform>
            <numerusform>%n accès sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No administration has read your data in an authentic source yet.</source>
        <translation>Aucune administration n&apos;a encore consulté vos données dans une source authentique.</translation>
    </message>
    <message>
        <source>Data items: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base légale : %1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>Démarche : %1</translation>
    </message>
    <message>
        <source>Read with your consent (%1)</source>
        <translation>Consulté avec votre consentement (%1)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n accesses as %1.</source>
        <translation>
            <numerusform>%n accès enregistré sous %1.</numerusform>
            <numerusform>%n accès enregistrés sous %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the access log…</source>
        <translation>Lecture du journal des accès…</translation>
    </message>
    <message>
        <source>There is no access to save.</source>
        <translation>Il n&apos;y a aucun accès à enregistrer.</translation>
    </message>
</context>
<context>
    <name>guichet::AddressFieldEditor</name>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>guichet::AppearanceSettingsPanel</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Follow the desktop (now: %1)</source>
        <translation>Comme le bureau (actuellement : %1)</translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation>Géré par votre administrateur.</translation>
    </message>
    <message>
        <source>Dark and high contrast follow your desktop&apos;s settings unless you choose one here.</source>
        <translation>Le mode sombre et le contraste élevé suivent les réglages de votre bureau, sauf si vous en choisissez un ici.</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appa&amp;rence :</translation>
    </message>
</context>
<context>
    <name>guichet::AttachmentFieldEditor</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>From my &amp;documents…</source>
        <translation>Depuis mes &amp;documents…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Choose a file for “%1”</source>
        <translation>Choisir un fichier pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose one of my documents for “%1”</source>
        <translation>Choisir l&apos;un de mes documents pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the file of “%1”</source>
        <translation>Retirer le fichier de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>from your documents</source>
        <translation>provenant de vos documents</translation>
    </message>
    <message>
        <source>This file is %1; this form accepts files up to %2.</source>
        <translation>Ce fichier fait %1 ; ce formulaire accepte les fichiers jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted here. Choose a file of type %1.</source>
        <translation>Ce type de fichier n&apos;est pas accepté ici. Choisissez un fichier de type %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>guichet::AttachmentPicker</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>PDF or pictures (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF ou images (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Document of your space:</source>
        <translation>Document de votre espace :</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Attach a file from this computer</source>
        <translation>Joindre un fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>Attach a &amp;document…</source>
        <translation>Joindre un &amp;document…</translation>
    </message>
    <message>
        <source>Attach a document of your space</source>
        <translation>Joindre un document de votre espace</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen attachment</source>
        <translation>Retirer la pièce jointe choisie</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: only PDF, JPEG and PNG files are accepted.</source>
        <translation>%1 ne peut pas être joint : seuls les fichiers PDF, JPEG et PNG sont acceptés.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: a message and its files may take at most %2.</source>
        <translation>%1 ne peut pas être joint : un message et ses fichiers ne peuvent dépasser %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry at most %n attachments.</source>
        <translation>
            <numerusform>Un message peut contenir au plus %n pièce jointe.</numerusform>
            <numerusform>Un message peut contenir au plus %n pièces jointes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AttentionPanel</name>
    <message>
        <source>What needs your attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <source>Your space is being brought up to date…</source>
        <translation>Votre espace est en cours de mise à jour…</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Your procedures, messages and data are up to date on this computer.</source>
        <translation>Rien ne demande votre attention. Vos démarches, messages et données sont à jour sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>guichet::BackgroundMode</name>
    <message>
        <source>Keep Guichet Desktop running?</source>
        <translation>Laisser Guichet Desktop actif ?</translation>
    </message>
    <message>
        <source>Keep Guichet Desktop running when its window is closed?</source>
        <translation>Laisser Guichet Desktop actif quand sa fenêtre est fermée ?</translation>
    </message>
    <message>
        <source>It then stays in the notification area, keeps your space up to date and tells you when a dossier moves on, an administration writes to you or someone consults your data. You can change this at any time in Settings.</source>
        <translation>Il reste alors dans la zone de notification, garde votre espace à jour et vous prévient quand un dossier avance, qu&apos;une administration vous écrit ou que quelqu&apos;un consulte vos données. Vous pouvez changer cela à tout moment dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laisser actif</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>guichet::CardPage</name>
    <message>
        <source>My card</source>
        <translation>Ma carte</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Lecteurs de cartes</translation>
    </message>
    <message>
        <source>Your card is ready.</source>
        <translation>Votre carte est prête.</translation>
    </message>
    <message>
        <source>Looking for card readers…</source>
        <translation>Recherche des lecteurs de cartes…</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>pas de carte</translation>
    </message>
    <message>
        <source>the card does not answer</source>
        <translation>la carte ne répond pas</translation>
    </message>
    <message>
        <source>card in use by another application</source>
        <translation>carte utilisée par une autre application</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>carte présente</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de cartes n&apos;est branché.</translation>
    </message>
    <message>
        <source>simulated, no reader needed</source>
        <translation>simulée, aucun lecteur nécessaire</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>&amp;Détails du certificat…</translation>
    </message>
    <message>
        <source>C&amp;hange PIN…</source>
        <translation>C&amp;hanger le PIN…</translation>
    </message>
    <message>
        <source>%1 in %2. %3</source>
        <translation>%1 dans %2. %3</translation>
    </message>
    <message>
        <source>Looked for: %1</source>
        <translation>Recherché : %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>&amp;Unblock the PIN…</source>
        <translation>&amp;Débloquer le PIN…</translation>
    </message>
</context>
<context>
    <name>guichet::CataloguePage</name>
    <message>
        <source>Procedures</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Trouver une démarche</translation>
    </message>
    <message>
        <source>Search, e.g. school, car, birth…</source>
        <translation>Rechercher, p. ex. école, voiture, naissance…</translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation>Rechercher des démarches</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Citizens and businesses</source>
        <translation>Citoyens et entreprises</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citoyens</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Who the procedures are for</source>
        <translation>À qui s&apos;adressent les démarches</translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation>Démarches trouvées</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Only the first %1 matches are listed: add words to narrow the search.</source>
        <translation>Seuls les %1 premiers résultats sont affichés : ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>Le catalogue est vide.</translation>
    </message>
    <message>
        <source>No procedure matches “%1”.</source>
        <translation>Aucune démarche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>La démarche</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateChooserDialog</name>
    <message>
        <source>Personal (no company)</source>
        <translation>Personnel (sans entreprise)</translation>
    </message>
    <message>
        <source>%1, %2, issued by %3, valid until %4</source>
        <translation>%1, %2, émis par %3, valable jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>Choose a signature certificate</source>
        <translation>Choisir un certificat de signature</translation>
    </message>
    <message>
        <source>Your signing device holds several signature certificates. Choose the one to sign with in “%1”. Your choice is remembered for this space.</source>
        <translation>Votre dispositif de signature contient plusieurs certificats de signature. Choisissez celui avec lequel signer dans «&#xa0;%1&#xa0;». Votre choix est retenu pour cet espace.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Signature certificates</source>
        <translation>Certificats de signature</translation>
    </message>
    <message>
        <source>&amp;Sign with this certificate</source>
        <translation>&amp;Signer avec ce certificat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>guichet::CertificateDialog</name>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>signature numérique</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>non-répudiation</translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation>chiffrement de clé</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <source>National number:</source>
        <translation>Matricule :</translation>
    </message>
    <message>
        <source>LuxTrust SSN:</source>
        <translation>SSN LuxTrust :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valable à partir du :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valable jusqu&apos;au :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Usage de la clé :</translation>
    </message>
    <message>
        <source>Qualified certificate:</source>
        <translation>Certificat qualifié :</translation>
    </message>
    <message>
        <source>yes, key in a qualified device</source>
        <translation>oui, clé dans un dispositif qualifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Confiance :</translation>
    </message>
</context>
<context>
    <name>guichet::ChoiceFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentCard</name>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Fetched by: %1</source>
        <translation>Récupérées par : %1</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <source>Given on %1 by %2</source>
        <translation>Donné le %1 par %2</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the consent: %1</source>
        <translation>Révoquer le consentement : %1</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentement : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentPanel</name>
    <message>
        <source>Your consent is needed</source>
        <translation>Votre consentement est nécessaire</translation>
    </message>
    <message>
        <source>You have not given your consent: %1 cannot fetch this data from %2, and these answers stay empty.</source>
        <translation>Vous n&apos;avez pas donné votre consentement : %1 ne peut pas récupérer ces données auprès de la source «&#xa0;%2&#xa0;», et ces réponses restent vides.</translation>
    </message>
    <message>
        <source>%1 asks to fetch data about you from %2, for this purpose:</source>
        <translation>%1 demande à récupérer des données vous concernant auprès de la source «&#xa0;%2&#xa0;», dans le but suivant :</translation>
    </message>
    <message>
        <source>Nothing is fetched unless you agree. Your consent is recorded, and you can see and withdraw it under “My consents”.</source>
        <translation>Rien n&apos;est récupéré sans votre accord. Votre consentement est enregistré ; vous pouvez le consulter et le retirer sous «&#xa0;Mes consentements&#xa0;».</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>I agree that %1 fetches this data from %2</source>
        <translation>J&apos;accepte que %1 récupère ces données auprès de la source «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Recording your consent…</source>
        <translation>Enregistrement de votre consentement…</translation>
    </message>
</context>
<context>
    <name>guichet::ConsentsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Keep the consent</source>
        <translation>Conserver le consentement</translation>
    </message>
    <message>
        <source>My consents</source>
        <translation>Mes consentements</translation>
    </message>
    <message>
        <source>Some procedures need data an administration may only fetch with your consent. Revoking a consent stops future fetches; data already sent with a procedure stays with it.</source>
        <translation>Certaines démarches nécessitent des données qu&apos;une administration ne peut récupérer qu&apos;avec votre consentement. Révoquer un consentement empêche les récupérations futures ; les données déjà transmises avec une démarche restent attachées à celle-ci.</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Vos consentements</translation>
    </message>
    <message>
        <source>Revocation not sent (%1)</source>
        <translation>Révocation non envoyée (%1)</translation>
    </message>
    <message>
        <source>Revocation being sent…</source>
        <translation>Envoi de la révocation en cours…</translation>
    </message>
    <message>
        <source>Revocation waiting to be sent</source>
        <translation>Révocation en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>You have not given any consent. A procedure that needs one asks you for it.</source>
        <translation>Vous n&apos;avez donné aucun consentement. Une démarche qui en a besoin vous le demande.</translation>
    </message>
    <message>
        <source>%1 will no longer fetch %2 for %3. Procedures that need it will ask you again.</source>
        <translation>%1 ne récupérera plus les données «&#xa0;%2&#xa0;» pour la finalité suivante : %3. Les démarches qui en ont besoin vous redemanderont votre consentement.</translation>
    </message>
    <message>
        <source>Revoke the consent?</source>
        <translation>Révoquer le consentement ?</translation>
    </message>
    <message>
        <source>The revocation is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>La révocation est enregistrée sur cet ordinateur. Elle sera envoyée dès que le portail sera joignable.</translation>
    </message>
</context>
<context>
    <name>guichet::CorrectionDialog</name>
    <message>
        <source>Request a correction</source>
        <translation>Demander une correction</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Donnée :</translation>
    </message>
    <message>
        <source>Value held now:</source>
        <translation>Valeur actuellement enregistrée :</translation>
    </message>
    <message>
        <source>Correct value</source>
        <translation>Valeur correcte</translation>
    </message>
    <message>
        <source>&amp;Correct value (required):</source>
        <translation>Valeur &amp;correcte (obligatoire) :</translation>
    </message>
    <message>
        <source>Why the value held is wrong</source>
        <translation>Pourquoi la valeur enregistrée est erronée</translation>
    </message>
    <message>
        <source>&amp;Why is it wrong? (required)</source>
        <translation>&amp;Pourquoi est-elle erronée ? (obligatoire)</translation>
    </message>
    <message>
        <source>Proof documents from your space</source>
        <translation>Justificatifs de votre espace</translation>
    </message>
    <message>
        <source>&amp;Proof documents (optional, up to %1):</source>
        <translation>&amp;Justificatifs (facultatif, %1 au maximum) :</translation>
    </message>
    <message>
        <source>The authority checks your request and answers in your space. Until it decides, forms keep the value it holds.</source>
        <translation>L&apos;autorité examine votre demande et vous répond dans votre espace. Jusqu&apos;à sa décision, les formulaires conservent la valeur qu&apos;elle détient.</translation>
    </message>
    <message>
        <source>&amp;Send the request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <source>Write the right value and why it is right first.</source>
        <translation>Écrivez d&apos;abord la bonne valeur et pourquoi elle est correcte.</translation>
    </message>
</context>
<context>
    <name>guichet::CorrectionPanel</name>
    <message>
        <source>You propose a correction to %1. The form keeps the registered value until the administration decides.</source>
        <translation>Vous proposez une correction à la source «&#xa0;%1&#xa0;». Le formulaire conserve la valeur enregistrée jusqu&apos;à la décision de l&apos;administration.</translation>
    </message>
    <message>
        <source>Your correction: %1</source>
        <translation>Votre correction : %1</translation>
    </message>
    <message>
        <source>Why is the registered value wrong? (optional)</source>
        <translation>Pourquoi la valeur enregistrée est-elle erronée ? (facultatif)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraw the correction</source>
        <translation>Retirer la correction</translation>
    </message>
</context>
<context>
    <name>guichet::DataStateNotice</name>
    <message>
        <source>Loading… the first copy of your data is being fetched from the portal.</source>
        <translation>Chargement… la première copie de vos données est récupérée sur le portail.</translation>
    </message>
    <message>
        <source>You are offline. This is the copy saved on this computer.</source>
        <translation>Vous êtes hors ligne. Voici la copie enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You are offline and nothing is saved on this computer yet.</source>
        <translation>Vous êtes hors ligne et rien n&apos;est encore enregistré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>guichet::DateFieldEditor</name>
    <message>
        <source>Enter a date such as %1.</source>
        <translation>Saisissez une date, par exemple %1.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>guichet::DiagnosticsPage</name>
    <message>
        <source>Save the diagnostics report</source>
        <translation>Enregistrer le rapport de diagnostic</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>E&amp;xplain an error code:</source>
        <translation>E&amp;xpliquer un code d&apos;erreur :</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Checking every layer…</source>
        <translation>Vérification de chaque élément…</translation>
    </message>
    <message>
        <source>The checks are not available in this window.</source>
        <translation>Les vérifications ne sont pas disponibles dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Every layer that was checked is working.</source>
        <translation>Tout ce qui a été vérifié fonctionne.</translation>
    </message>
    <message>
        <source>Look here first: %1</source>
        <translation>À regarder en premier : %1</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(pas de journal)</translation>
    </message>
    <message>
        <source>Last %1 lines of the log (personal data removed):</source>
        <translation>Les %1 dernières lignes du journal (données personnelles retirées) :</translation>
    </message>
    <message>
        <source>Each layer the application depends on, from the smart card service to your local data, checked in order. If you call the help desk, they may ask you to read or send this report; it contains nothing personal.</source>
        <translation>Chaque élément dont l&apos;application dépend, du service de cartes à puce à vos données locales, vérifié dans l&apos;ordre. Si vous appelez le service d&apos;assistance, il peut vous demander de lire ou d&apos;envoyer ce rapport ; il ne contient rien de personnel.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Layers checked</source>
        <translation>Éléments vérifiés</translation>
    </message>
    <message>
        <source>Details of the selected layer</source>
        <translation>Détails de l&apos;élément choisi</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Résumé des vérifications</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Training scenario:</source>
        <translation>Scénario de &amp;formation :</translation>
    </message>
    <message>
        <source>None: everything works</source>
        <translation>Aucun : tout fonctionne</translation>
    </message>
    <message>
        <source>Desktop notifications: shown by %1.</source>
        <translation>Notifications du bureau : affichées par %1.</translation>
    </message>
    <message>
        <source>Desktop notifications are unavailable (%1). The application works as usual; what changes is shown only in its window.</source>
        <translation>Les notifications du bureau ne sont pas disponibles (%1). L&apos;application fonctionne normalement ; ce qui change n&apos;est montré que dans sa fenêtre.</translation>
    </message>
</context>
<context>
    <name>guichet::DocumentsPage</name>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>My documents</source>
        <translation>Mes documents</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>A&amp;dd a document…</source>
        <translation>A&amp;jouter un document…</translation>
    </message>
    <message>
        <source>Available o&amp;ffline</source>
        <translation>Disponible &amp;hors ligne</translation>
    </message>
    <message>
        <source>Keep the document available offline</source>
        <translation>Garder le document disponible hors ligne</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Gardé hors ligne</translation>
    </message>
    <message>
        <source>No document yet. Documents you add or receive appear here.</source>
        <translation>Aucun document pour l&apos;instant. Les documents que vous ajoutez ou recevez apparaissent ici.</translation>
    </message>
    <message>
        <source>This document is not saved on this computer. Connect to the internet to open it.</source>
        <translation>Ce document n&apos;est pas enregistré sur cet ordinateur. Connectez-vous à Internet pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This document is being downloaded. Try again in a moment.</source>
        <translation>Ce document est en cours de téléchargement. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No application on this computer can open this document. Use “Save as…” to keep a copy.</source>
        <translation>Aucune application de cet ordinateur ne peut ouvrir ce document. Utilisez « Enregistrer sous… » pour en garder une copie.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>%1 will be added to your documents when the portal can be reached.</source>
        <translation>%1 sera ajouté à vos documents dès que le portail sera joignable.</translation>
    </message>
    <message>
        <source>%1: not sent (%2). It stays here until you remove it.</source>
        <translation>%1 : non envoyé (%2). Il reste ici jusqu&apos;à ce que vous le retiriez.</translation>
    </message>
    <message>
        <source>%1: being sent…</source>
        <translation>%1 : envoi en cours…</translation>
    </message>
    <message>
        <source>%1: saved on this computer, waiting to be sent</source>
        <translation>%1 : enregistré sur cet ordinateur, en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>This document is not on this computer yet. It appears here after the next synchronisation.</source>
        <translation>Ce document n&apos;est pas encore sur cet ordinateur. Il apparaîtra ici après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>For your safety this kind of file is not opened from here. Use “Save as…” to keep a copy, and check it before you open it.</source>
        <translation>Pour votre sécurité, ce type de fichier n&apos;est pas ouvert d&apos;ici. Utilisez « Enregistrer sous… » pour en garder une copie, et vérifiez-la avant de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>Choisissez d&apos;abord un document dans la liste.</translation>
    </message>
</context>
<context>
    <name>guichet::DossierTimelineView</name>
    <message>
        <source>Choose a procedure in the list to follow its progress.</source>
        <translation>Choisissez une démarche dans la liste pour suivre son avancement.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress of the procedure, oldest first</source>
        <translation>Avancement de la démarche, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Administration: %1</source>
        <translation>Administration : %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message>
        <source>The administration asks you for information:</source>
        <translation>L&apos;administration vous demande des informations :</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>Réponse attendue avant le %1</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Décision : %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
</context>
<context>
    <name>guichet::DraftAutosave</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1 It will be tried again at your next change.</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1 Un nouvel essai aura lieu lors de votre prochaine modification.</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
</context>
<context>
    <name>guichet::FieldRow</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
</context>
<context>
    <name>guichet::FormPage</name>
    <message>
        <source>Discard the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard your answers to “%1”?</source>
        <translation>Supprimer vos réponses à «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <source>Your answers and the files you attached will be deleted from this computer. This cannot be undone.</source>
        <translation>Vos réponses et les fichiers que vous avez joints seront supprimés de cet ordinateur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete my answers</source>
        <translation>Supprimer mes réponses</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Conserver le brouillon</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need your attention</source>
        <translation>
            <numerusform>%n réponse nécessite votre attention</numerusform>
            <numerusform>%n réponses nécessitent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>The data the administration already holds about you could not be fetched: %1</source>
        <translation>Les données que l&apos;administration détient déjà à votre sujet n&apos;ont pas pu être récupérées : %1</translation>
    </message>
    <message>
        <source>Not reachable now: %1. The answers they provide stay empty until you try again.</source>
        <translation>Actuellement injoignable : %1. Les réponses qui en proviennent restent vides jusqu&apos;à ce que vous réessayiez.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Fetch your data again</source>
        <translation>Récupérer à nouveau vos données</translation>
    </message>
    <message>
        <source>&amp;Continue to summary</source>
        <translation>&amp;Continuer vers le récapitulatif</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard the draft and delete its answers</source>
        <translation>Supprimer le brouillon et ses réponses</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Close the form; the draft is kept</source>
        <translation>Fermer le formulaire ; le brouillon est conservé</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
</context>
<context>
    <name>guichet::FormSigning</name>
    <message>
        <source>Submission of “%1” to %2</source>
        <translation>Transmission de «&#xa0;%1&#xa0;» (destinataire : %2)</translation>
    </message>
</context>
<context>
    <name>guichet::FormSummaryView</name>
    <message>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>This is what you sign and send. Go back to the form to change an answer.</source>
        <translation>Voici ce que vous signez et envoyez. Pour modifier une réponse, revenez au formulaire.</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Re&amp;tour au formulaire</translation>
    </message>
    <message>
        <source>&amp;Sign and submit</source>
        <translation>&amp;Signer et envoyer</translation>
    </message>
    <message>
        <source>Sign with your card and submit</source>
        <translation>Signer avec votre carte et envoyer</translation>
    </message>
    <message>
        <source>Filled in by %1 for %2.</source>
        <translation>Rempli par %1. Destinataire : %2.</translation>
    </message>
    <message>
        <source>Filled in by %1 on behalf of %2, for %3.</source>
        <translation>Rempli par %1 pour le compte de %2. Destinataire : %3.</translation>
    </message>
    <message>
        <source>Corrections you propose</source>
        <translation>Corrections que vous proposez</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>— already in your documents</source>
        <translation>— déjà dans vos documents</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>This is what you send. This form is sent without a signature. Go back to the form to change an answer.</source>
        <translation>Voici ce que vous envoyez. Ce formulaire est envoyé sans signature. Pour modifier une réponse, revenez au formulaire.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Submit without a signature</source>
        <translation>Envoyer sans signature</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
</context>
<context>
    <name>guichet::FormsPage</name>
    <message>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard “%1”? Its answers and attached files will be deleted from this computer.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» ? Ses réponses et ses fichiers joints seront supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is signed and saved; it is sent as soon as the portal can be reached.</source>
        <translation>«&#xa0;%1&#xa0;» est signé et enregistré ; il sera envoyé dès que le portail sera joignable.</translation>
    </message>
    <message>
        <source>Received by the portal: dossier %1, reference %2. Follow it in My procedures.</source>
        <translation>Reçu par le portail : dossier %1, référence %2. Suivez-le dans «&#xa0;Mes démarches&#xa0;».</translation>
    </message>
    <message>
        <source>My forms</source>
        <translation>Mes formulaires</translation>
    </message>
    <message>
        <source>%1 — changed %2</source>
        <translation>%1 — modifié le %2</translation>
    </message>
    <message>
        <source>Opening the form…</source>
        <translation>Ouverture du formulaire…</translation>
    </message>
    <message>
        <source>Signing… follow the instructions of your card reader.</source>
        <translation>Signature en cours… suivez les instructions de votre lecteur de cartes.</translation>
    </message>
    <message>
        <source>Forms you started are kept here as drafts until you sign and submit them. Start a new one from Procedures (“Start online procedure”).</source>
        <translation>Les formulaires que vous avez commencés sont conservés ici sous forme de brouillons jusqu&apos;à ce que vous les signiez et les envoyiez. Pour en commencer un nouveau, passez par Démarches («&#xa0;Commencer la démarche en ligne&#xa0;»).</translation>
    </message>
    <message>
        <source>No form in progress.</source>
        <translation>Aucun formulaire en cours.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>“%1” is saved; it is sent as soon as the portal can be reached.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré ; il sera envoyé dès que le portail sera joignable.</translation>
    </message>
    <message>
        <source>Received by the portal: reference %1.</source>
        <translation>Reçu par le portail : référence %1.</translation>
    </message>
    <message>
        <source>Preparing your submission…</source>
        <translation>Préparation de votre envoi…</translation>
    </message>
    <message>
        <source>Submission received</source>
        <translation>Envoi reçu</translation>
    </message>
    <message>
        <source>Your submission was received with reference %1.

Tracking code: %2

Write this code down or copy it now: it is shown only once, and you need it with the reference to follow your submission.</source>
        <translation>Votre envoi a été reçu sous la référence %1.

Code de suivi : %2

Notez ce code ou copiez-le maintenant : il n&apos;est affiché qu&apos;une seule fois, et vous en aurez besoin, avec la référence, pour suivre votre envoi.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>your private space</source>
        <translation>votre espace privé</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
</context>
<context>
    <name>guichet::GroupFieldEditor</name>
    <message>
        <source>%1 – %2</source>
        <comment>group label, number of the repetition</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Ajouter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>None yet. Use “Add” for each one.</source>
        <translation>Aucune entrée pour l&apos;instant. Utilisez «&#xa0;Ajouter&#xa0;» pour chacune.</translation>
    </message>
</context>
<context>
    <name>guichet::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome to Guichet Desktop</source>
        <translation>Bienvenue dans Guichet Desktop</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
</context>
<context>
    <name>guichet::LineFieldEditor</name>
    <message>
        <source>e.g. LU28 0019 4006 4475 0000</source>
        <translation>p. ex. LU28 0019 4006 4475 0000</translation>
    </message>
    <message>
        <source>e.g. 1985 0312 345 67</source>
        <translation>p. ex. 1985 0312 345 67</translation>
    </message>
    <message>
        <source>e.g. LU12345678</source>
        <translation>p. ex. LU12345678</translation>
    </message>
    <message>
        <source>e.g. name@example.lu</source>
        <translation>p. ex. nom@example.lu</translation>
    </message>
    <message>
        <source>e.g. +352 621 123 456</source>
        <translation>p. ex. +352 621 123 456</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet Desktop</source>
        <translation>Guichet Desktop</translation>
    </message>
    <message>
        <source>Main navigation</source>
        <translation>Navigation principale</translation>
    </message>
</context>
<context>
    <name>guichet::MessageCard</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <translation>%1 le %2, de %3</translation>
    </message>
    <message>
        <source>Message, %1 on %2</source>
        <translation>Message, %1 le %2</translation>
    </message>
    <message>
        <source>Message from %1, %2 on %3</source>
        <translation>Message de %1, %2 le %3</translation>
    </message>
    <message>
        <source>Written by you: %1</source>
        <translation>Écrit par vous : %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
    <message>
        <source>Your message: %1</source>
        <translation>Votre message : %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open the attachment %1</source>
        <translation>Ouvrir la pièce jointe %1</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <source>Delete this refused message from this computer</source>
        <translation>Supprimer de cet ordinateur ce message refusé</translation>
    </message>
</context>
<context>
    <name>guichet::MessagesPage</name>
    <message numerus="yes">
        <source>Messages (%n unread)</source>
        <translation>
            <numerusform>Messages (%n non lu)</numerusform>
            <numerusform>Messages (%n non lus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Your conversations with the administrations. What you write is saved on this computer first and sent as soon as the portal can be reached.</source>
        <translation>Vos conversations avec les administrations. Ce que vous écrivez est d&apos;abord enregistré sur cet ordinateur, puis envoyé dès que le portail est joignable.</translation>
    </message>
    <message>
        <source>&amp;Write to an administration…</source>
        <translation>&amp;Écrire à une administration…</translation>
    </message>
    <message>
        <source>Write a new message to an administration</source>
        <translation>Écrire un nouveau message à une administration</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>%1, with %2, last message %3</source>
        <translation>%1, avec %2, dernier message %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n waiting to be sent</source>
        <translation>
            <numerusform>, %n en attente d&apos;envoi</numerusform>
            <numerusform>, %n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages yet. When an administration writes to you, or you write to one, the conversation appears here.</source>
        <translation>Aucun message pour l&apos;instant. Quand une administration vous écrit, ou que vous lui écrivez, la conversation apparaît ici.</translation>
    </message>
    <message>
        <source>You can write to an administration once you have a dossier or a message with one.</source>
        <translation>Vous pourrez écrire à une administration dès que vous aurez un dossier ou un message avec elle.</translation>
    </message>
    <message>
        <source>Your reply is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Votre réponse est enregistrée sur cet ordinateur. Elle est envoyée dès que le portail est joignable.</translation>
    </message>
    <message>
        <source>Your message is saved on this computer. It is sent as soon as the portal can be reached.</source>
        <translation>Votre message est enregistré sur cet ordinateur. Il est envoyé dès que le portail est joignable.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Supprimer ce message ?</translation>
    </message>
    <message>
        <source>The portal refused this message; it will not be sent. Its text is deleted from this computer. Copy it first if you want to write it again.</source>
        <translation>Le portail a refusé ce message ; il ne sera pas envoyé. Son texte sera supprimé de cet ordinateur. Copiez-le d&apos;abord si vous voulez l&apos;écrire à nouveau.</translation>
    </message>
    <message>
        <source>The refused message was deleted from this computer.</source>
        <translation>Le message refusé a été supprimé de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>guichet::MyDataPage</name>
    <message>
        <source>My data</source>
        <translation>Mes données</translation>
    </message>
    <message>
        <source>What the authentic sources hold about you. Administrations re-use it instead of asking you again. If something is wrong, ask the source for a correction.</source>
        <translation>Ce que les sources authentiques détiennent à votre sujet. Les administrations réutilisent ces données au lieu de vous les redemander. Si une information est erronée, demandez-en la correction à la source.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Your data, by authentic source</source>
        <translation>Vos données, par source authentique</translation>
    </message>
    <message>
        <source>Request a &amp;correction…</source>
        <translation>Demander une &amp;correction…</translation>
    </message>
    <message>
        <source>Request a correction of the chosen item</source>
        <translation>Demander la correction de la donnée choisie</translation>
    </message>
    <message>
        <source>My correction requests</source>
        <translation>Mes demandes de correction</translation>
    </message>
    <message>
        <source>You have not asked for any correction.</source>
        <translation>Vous n&apos;avez demandé aucune correction.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Proposed value</source>
        <translation>Valeur proposée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Authority&apos;s note</source>
        <translation>Remarque de l&apos;autorité</translation>
    </message>
    <message>
        <source>Cannot be corrected here</source>
        <translation>Correction impossible ici</translation>
    </message>
    <message>
        <source>%1 — held by %2, updated %3</source>
        <translation>%1 — détenu par %2, mis à jour le %3</translation>
    </message>
    <message>
        <source>Choose an item to ask for its correction.</source>
        <translation>Choisissez une donnée pour en demander la correction.</translation>
    </message>
    <message>
        <source>This item cannot be corrected through the portal. Contact the administration that holds it.</source>
        <translation>Cette donnée ne peut pas être corrigée via le portail. Contactez l&apos;administration qui la détient.</translation>
    </message>
    <message>
        <source>A correction of this item is already under way.</source>
        <translation>Une correction de cette donnée est déjà en cours.</translation>
    </message>
    <message>
        <source>Your request is saved on this computer. It is sent to %1 as soon as the portal can be reached.</source>
        <translation>Votre demande est enregistrée sur cet ordinateur. Elle sera envoyée à la source «&#xa0;%1&#xa0;» dès que le portail sera joignable.</translation>
    </message>
    <message>
        <source>%1 — held by %2: not available at the moment</source>
        <translation>%1 — détenu par %2 : indisponible pour le moment</translation>
    </message>
    <message>
        <source>No data from the authentic sources yet. What the registers hold about you appears here after the next synchronisation.</source>
        <translation>Aucune donnée des sources authentiques pour l&apos;instant. Ce que les registres contiennent à votre sujet apparaît ici après la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>guichet::MyProceduresPage</name>
    <message>
        <source>My procedures</source>
        <translation>Mes démarches</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show procedures with status</source>
        <translation>Afficher les démarches dont le statut est</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>My procedures, grouped by status</source>
        <translation>Mes démarches, groupées par statut</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No procedure has this status.</source>
        <translation>Aucune démarche n&apos;a ce statut.</translation>
    </message>
    <message>
        <source>You have not sent any procedure yet. Find one in the catalogue and start it online: it is followed here.</source>
        <translation>Vous n&apos;avez encore envoyé aucune démarche. Trouvez-en une dans le catalogue et commencez-la en ligne : elle sera suivie ici.</translation>
    </message>
    <message>
        <source>The dossier&apos;s progress</source>
        <translation>L&apos;avancement du dossier</translation>
    </message>
</context>
<context>
    <name>guichet::NewMessageDialog</name>
    <message>
        <source>Write to an administration</source>
        <translation>Écrire à une administration</translation>
    </message>
    <message>
        <source>Choose an administration</source>
        <translation>Choisissez une administration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Choose an administration, then write a subject and a message first.</source>
        <translation>Choisissez d&apos;abord une administration, puis écrivez un objet et un message.</translation>
    </message>
</context>
<context>
    <name>guichet::NoPortalPanel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Lancer la démo</translation>
    </message>
    <message>
        <source>Opens the application again in demo mode, with a simulated portal and a simulated identity card (PIN 123456).</source>
        <translation>Rouvre l&apos;application en mode démo, avec un portail simulé et une carte d&apos;identité simulée (PIN 123456).</translation>
    </message>
</context>
<context>
    <name>guichet::NoPortalSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to the portal</source>
        <translation>Se connecter au portail</translation>
    </message>
</context>
<context>
    <name>guichet::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Error code for the help desk: %1</source>
        <translation>Code d&apos;erreur pour le service d&apos;assistance : %1</translation>
    </message>
</context>
<context>
    <name>guichet::NotificationSettingsPanel</name>
    <message>
        <source>a dossier has a new status</source>
        <translation>un dossier a un nouveau statut</translation>
    </message>
    <message>
        <source>an administration writes to me</source>
        <translation>une administration m&apos;écrit</translation>
    </message>
    <message>
        <source>an administration consults my data</source>
        <translation>une administration consulte mes données</translation>
    </message>
    <message>
        <source>a request is refused, or still not sent after an hour</source>
        <translation>une demande est refusée, ou toujours pas envoyée après une heure</translation>
    </message>
    <message>
        <source>a certificate of my card ends within 60 days</source>
        <translation>un certificat de ma carte expire dans les 60 jours</translation>
    </message>
    <message>
        <source>Name dossiers and administrations in notifications (they may be seen on the lock screen)</source>
        <translation>Nommer les dossiers et les administrations dans les notifications (elles peuvent être vues sur l&apos;écran de verrouillage)</translation>
    </message>
    <message>
        <source>Keep running in the notification area when the window is closed</source>
        <translation>Rester actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Notifications and background</source>
        <translation>Notifications et arrière-plan</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Me prévenir quand :</translation>
    </message>
    <message>
        <source>Start Guichet Desktop in the notification area when I log in</source>
        <translation>Démarrer Guichet Desktop dans la zone de notification à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>This desktop has no notification area: closing the window ends the application.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : fermer la fenêtre quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Some of these choices are managed by your administrator.</source>
        <translation>Certains de ces choix sont gérés par votre administrateur.</translation>
    </message>
</context>
<context>
    <name>guichet::NumberFieldEditor</name>
    <message>
        <source>Enter a number, for example %1.</source>
        <translation>Saisissez un nombre, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>guichet::PinDialog</name>
    <message>
        <source>Enter your signature PIN to sign the document.</source>
        <translation>Saisissez votre PIN de signature pour signer le document.</translation>
    </message>
    <message>
        <source>Enter your PIN to sign in.</source>
        <translation>Saisissez votre PIN pour vous connecter.</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>Saisissez votre PIN actuel.</translation>
    </message>
    <message>
        <source>Choose your new PIN.</source>
        <translation>Choisissez votre nouveau PIN.</translation>
    </message>
    <message>
        <source>Last try: a wrong PIN now blocks the card.</source>
        <translation>Dernier essai : un PIN incorrect bloque maintenant la carte.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left of %1.</source>
        <translation>
            <numerusform>%n essai restant sur %1.</numerusform>
            <numerusform>%n essais restants sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n essai restant.</numerusform>
            <numerusform>%n essais restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>The PIN was wrong.</source>
        <translation>Le PIN était incorrect.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN :</translation>
    </message>
    <message numerus="yes">
        <source>%n digits.</source>
        <translation>
            <numerusform>%n chiffre.</numerusform>
            <numerusform>%n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits.</source>
        <translation>De %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>&amp;Type the new PIN again:</source>
        <translation>&amp;Retapez le nouveau PIN :</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau PIN, confirmation</translation>
    </message>
    <message>
        <source>Enter the PUK (unblocking code) of your card to unblock its PIN.</source>
        <translation>Saisissez le PUK (code de déblocage) de votre carte pour débloquer son PIN.</translation>
    </message>
    <message>
        <source>Last try: a wrong PUK now blocks it for good.</source>
        <translation>Dernier essai : un PUK erroné le bloque définitivement.</translation>
    </message>
    <message numerus="yes">
        <source>%n PUK tries left of %1.</source>
        <translation>
            <numerusform>%n essai PUK restant sur %1.</numerusform>
            <numerusform>%n essais PUK restants sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PUK tries left.</source>
        <translation>
            <numerusform>%n essai PUK restant.</numerusform>
            <numerusform>%n essais PUK restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;UK:</source>
        <translation>P&amp;UK :</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Type the same new PIN in both fields first.</source>
        <translation>Tapez d&apos;abord le même nouveau PIN dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>guichet::PinPadDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter your PIN on the reader&apos;s keypad, then confirm on the reader.</source>
        <translation>Saisissez votre PIN sur le clavier du lecteur, puis validez sur le lecteur.</translation>
    </message>
    <message>
        <source>Enter the PUK and then your new PIN on the reader&apos;s keypad, and confirm on the reader.</source>
        <translation>Saisissez le PUK puis votre nouveau PIN sur le clavier du lecteur, et confirmez sur le lecteur.</translation>
    </message>
</context>
<context>
    <name>guichet::PortalSettingsPanel</name>
    <message>
        <source>Portal and network</source>
        <translation>Portail et réseau</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>&amp;Adresse du portail :</translation>
    </message>
    <message>
        <source>Extra &amp;certificate file:</source>
        <translation>Fichier de &amp;certificats supplémentaire :</translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates only)</source>
        <translation>aucun (seulement les certificats du système)</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>&amp;Hôte et port du proxy :</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>&amp;Utilisateur du proxy :</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>&amp;Mot de passe du proxy :</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>&amp;Save portal settings</source>
        <translation>&amp;Enregistrer les paramètres du portail</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy :</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is checked against the trusted certificate authorities.</source>
        <translation>Le certificat du portail est vérifié auprès des autorités de certification reconnues.</translation>
    </message>
    <message numerus="yes">
        <source>The portal&apos;s certificate must also carry one of the %n key(s) your administrator pinned.</source>
        <translation>
            <numerusform>Le certificat du portail doit en plus porter la clé que votre administrateur a épinglée.</numerusform>
            <numerusform>Le certificat du portail doit en plus porter l&apos;une des %n clés que votre administrateur a épinglées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes apply the next time you start the application.</source>
        <translation>Les modifications s&apos;appliquent au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Some of these values are managed by your administrator. Changes apply the next time you start the application.</source>
        <translation>Certaines de ces valeurs sont gérées par votre administrateur. Les modifications s&apos;appliquent au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>guichet::ProcedureDetailView</name>
    <message>
        <source>Who it is for</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Délai de traitement</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Choose a procedure in the list to read its description.</source>
        <translation>Choisissez une démarche dans la liste pour lire sa description.</translation>
    </message>
    <message>
        <source>&amp;Start online procedure</source>
        <translation>&amp;Commencer la démarche en ligne</translation>
    </message>
    <message>
        <source>Start online procedure</source>
        <translation>Commencer la démarche en ligne</translation>
    </message>
    <message>
        <source>You need your identity card or a LuxTrust product in a reader to do this procedure online.</source>
        <translation>Pour faire cette démarche en ligne, il vous faut votre carte d&apos;identité ou un produit LuxTrust dans un lecteur.</translation>
    </message>
    <message>
        <source>The full description has not been downloaded yet.</source>
        <translation>La description complète n&apos;a pas encore été téléchargée.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>You need your identity card (or a LuxTrust product) and a card reader to do this procedure online.</source>
        <translation>Pour faire cette démarche en ligne, il vous faut votre carte d&apos;identité (ou un produit LuxTrust) et un lecteur de cartes.</translation>
    </message>
</context>
<context>
    <name>guichet::SettingsPage</name>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>&amp;Détail du journal :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Log detail</source>
        <translation>Détail du journal</translation>
    </message>
    <message>
        <source>Your data, documents and logs are kept here, one folder per person.</source>
        <translation>Vos données, documents et journaux sont conservés ici, un dossier par personne.</translation>
    </message>
    <message>
        <source>The new folder is used the next time you start the application.</source>
        <translation>Le nouveau dossier sera utilisé au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de paramètres : %1</translation>
    </message>
    <message>
        <source>Managed by your administrator.</source>
        <translation>Géré par votre administrateur.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for the help desk)</source>
        <translation>Détaillé (pour le service d&apos;assistance)</translation>
    </message>
    <message>
        <source>Type the PIN on the reader&apos;s keypad when the reader has one</source>
        <translation>Taper le PIN sur le clavier du lecteur quand il en a un</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
</context>
<context>
    <name>guichet::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to MyGuichet</source>
        <translation>Se connecter à MyGuichet</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portail : %1</translation>
    </message>
    <message>
        <source>Sign in with my &amp;card</source>
        <translation>Se connecter avec ma &amp;carte</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signing in… confirm with your PIN.</source>
        <translation>Connexion en cours… confirmez avec votre PIN.</translation>
    </message>
    <message>
        <source>Insert your card to sign in.</source>
        <translation>Insérez votre carte pour vous connecter.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <source>Training mode: the simulated card of %1 is inserted; its PIN is 123456. To sign in as someone else, start the application with --persona luc-weber (business user with a signing stick) or --persona paul-hoffmann.</source>
        <translation>Mode formation : la carte simulée de %1 est insérée ; son PIN est 123456. Pour vous connecter en tant qu&apos;une autre personne, lancez l&apos;application avec --persona luc-weber (utilisateur professionnel avec un Signing Stick) ou --persona paul-hoffmann.</translation>
    </message>
    <message>
        <source>Signed in without a connection as %1: you see the copy kept on this computer. Sign out and in again once the portal can be reached to bring it up to date.</source>
        <translation>Connecté sans connexion en tant que %1 : vous voyez la copie conservée sur cet ordinateur. Déconnectez-vous puis reconnectez-vous dès que le portail est joignable pour la mettre à jour.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>You are already signed in.</source>
        <translation>Vous êtes déjà connecté.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Insert your identity card or signing stick first.</source>
        <translation>Insérez d&apos;abord votre carte d&apos;identité ou votre clé de signature.</translation>
    </message>
</context>
<context>
    <name>guichet::SpaceSwitcher</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>You are a viewer in this space: you can read its content, but only its administrators and managers can submit forms or upload documents.</source>
        <translation>Vous êtes lecteur dans cet espace : vous pouvez en consulter le contenu, mais seuls ses administrateurs et gestionnaires peuvent envoyer des formulaires ou ajouter des documents.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Votre rôle : %1</translation>
    </message>
    <message>
        <source>Current space</source>
        <translation>Espace actuel</translation>
    </message>
    <message>
        <source>The private space or the company space whose procedures, documents and forms are shown</source>
        <translation>L&apos;espace privé ou l&apos;espace d&apos;entreprise dont les démarches, documents et formulaires sont affichés</translation>
    </message>
    <message>
        <source>S&amp;pace:</source>
        <translation>Es&amp;pace :</translation>
    </message>
</context>
<context>
    <name>guichet::StartPanel</name>
    <message>
        <source>How to start</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Sign in with your card</source>
        <translation>Se connecter avec votre carte</translation>
    </message>
    <message>
        <source>Put your identity card or LuxTrust token in the reader, then sign in with your PIN. Your procedures, messages and documents then appear here.</source>
        <translation>Insérez votre carte d&apos;identité ou votre token LuxTrust dans le lecteur, puis connectez-vous avec votre PIN. Vos démarches, messages et documents apparaissent alors ici.</translation>
    </message>
    <message>
        <source>Find a procedure</source>
        <translation>Trouver une démarche</translation>
    </message>
    <message>
        <source>Read what each procedure asks for; some can be done without a card.</source>
        <translation>Lisez ce que demande chaque démarche ; certaines se font sans carte.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>The application opens again with a simulated portal and a simulated card (PIN 123456): everything can be tried without touching real data.</source>
        <translation>L&apos;application se rouvre avec un portail simulé et une carte simulée (PIN 123456) : tout peut être essayé sans toucher à de vraies données.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Votre carte</translation>
    </message>
</context>
<context>
    <name>guichet::StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
</context>
<context>
    <name>guichet::SubmitterContactDialog</name>
    <message>
        <source>Who is submitting</source>
        <translation>Qui envoie ce formulaire</translation>
    </message>
    <message>
        <source>You are not signed in with a card, so the administration knows you only by what you enter here. It will answer you at this e-mail address.</source>
        <translation>Vous n&apos;êtes pas connecté avec une carte : l&apos;administration ne vous connaît donc que par ce que vous saisissez ici. Elle vous répondra à cette adresse e-mail.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>e.g. PT</source>
        <translation>p. ex. PT</translation>
    </message>
    <message>
        <source>&amp;Given name (required)</source>
        <translation>&amp;Prénom (obligatoire)</translation>
    </message>
    <message>
        <source>S&amp;urname (required)</source>
        <translation>&amp;Nom (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;E-mail (required)</source>
        <translation>Adresse &amp;e-mail (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Nationality (two-letter country code)</source>
        <translation>N&amp;ationalité (code pays à deux lettres)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>En&amp;voyer</translation>
    </message>
</context>
<context>
    <name>guichet::SyncStatusIndicator</name>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronisation… %1 sur %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline — showing the saved copy</source>
        <translation>Hors ligne — copie enregistrée affichée</translation>
    </message>
    <message>
        <source>Sync failed: %1 (%2)</source>
        <translation>Échec de la synchronisation : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>guichet::ThreadView</name>
    <message>
        <source>Choose a conversation to read it.</source>
        <translation>Choisissez une conversation pour la lire.</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Messages de la conversation</translation>
    </message>
    <message>
        <source>This conversation is closed: the administration no longer accepts messages in it. Write a new message to the administration instead.</source>
        <translation>Cette conversation est close : l&apos;administration n&apos;y accepte plus de messages. Écrivez plutôt un nouveau message à l&apos;administration.</translation>
    </message>
    <message>
        <source>Your &amp;reply:</source>
        <translation>Votre &amp;réponse :</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>&amp;Send the reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>guichet::TrayPresence</name>
    <message>
        <source>Guichet Desktop: keeps your space up to date</source>
        <translation>Guichet Desktop : garde votre espace à jour</translation>
    </message>
    <message>
        <source>&amp;Open Guichet Desktop</source>
        <translation>&amp;Ouvrir Guichet Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>guichet::forms::PortalFormGateway</name>
    <message>
        <source>Correction proposed while filling in a form.</source>
        <translation>Correction proposée lors du remplissage d&apos;un formulaire.</translation>
    </message>
</context>
</TS>
