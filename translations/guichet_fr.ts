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
        <source>Guichet Desktop diagnostics, %1</source>
        <translation>Diagnostic de Guichet Desktop, %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>arrêté (%1)</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>Smart card service (PC/SC): %1</source>
        <translation>Service de cartes à puce (PC/SC) : %1</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>Lecteurs : %1</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>carte présente</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>pas de carte</translation>
    </message>
    <message>
        <source>Recognised as: %1</source>
        <translation>Reconnue comme : %1</translation>
    </message>
    <message>
        <source>unknown card</source>
        <translation>carte inconnue</translation>
    </message>
    <message>
        <source>Reader features: %1</source>
        <translation>Fonctions du lecteur : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>PKCS#11 modules:</source>
        <translation>Modules PKCS#11 :</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>aucun chargé</translation>
    </message>
    <message>
        <source>Tokens found: %1</source>
        <translation>Jetons trouvés : %1</translation>
    </message>
    <message>
        <source>What the application sees of your card readers and cards. If you call the help desk, they may ask you to read or send this report; it contains nothing personal.</source>
        <translation>Ce que l&apos;application voit de vos lecteurs et de vos cartes. Si vous appelez le service d&apos;assistance, il peut vous demander de lire ou d&apos;envoyer ce rapport ; il ne contient rien de personnel.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Rapport de diagnostic</translation>
    </message>
    <message>
        <source>Collecting information…</source>
        <translation>Collecte des informations…</translation>
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
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
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
        <source>Do your administrative procedures in Luxembourg from your own computer: sign in with your identity card or LuxTrust token, fill in forms that are already completed with what the administrations know about you, sign them on your card and follow their progress. Your personal space stays available on this computer, encrypted, even without a connection.</source>
        <translation>Effectuez vos démarches administratives au Luxembourg depuis votre ordinateur : connectez-vous avec votre carte d&apos;identité ou votre token LuxTrust, remplissez des formulaires déjà complétés avec ce que les administrations savent de vous, signez-les avec votre carte et suivez leur avancement. Votre espace personnel reste disponible sur cet ordinateur, chiffré, même sans connexion.</translation>
    </message>
    <message>
        <source>State of the application</source>
        <translation>État de l&apos;application</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>%1 (ready)</source>
        <translation>%1 (prêt)</translation>
    </message>
    <message>
        <source>%1 (cannot be written: %2)</source>
        <translation>%1 (écriture impossible : %2)</translation>
    </message>
    <message>
        <source>not available (messages go to the terminal only)</source>
        <translation>indisponible (les messages vont seulement au terminal)</translation>
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
        <source>You have not sent any procedure yet.</source>
        <translation>Vous n&apos;avez encore envoyé aucune démarche.</translation>
    </message>
    <message>
        <source>No procedure has this status.</source>
        <translation>Aucune démarche n&apos;a ce statut.</translation>
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
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
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
        <source>Signed in as %1 %2</source>
        <translation>Connecté en tant que %1 %2</translation>
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
</TS>
