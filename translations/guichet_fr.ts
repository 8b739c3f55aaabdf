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
</context>
</TS>
