<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>You may use and redistribute the library; changes to the library itself must be published under the LGPL, and users must be able to replace it with a version of their own. Delegate Editor loads Qt as separate shared libraries, which can be replaced.</source>
        <translation>Vous pouvez utiliser et redistribuer la bibliothèque&#x202f;; les modifications apportées à la bibliothèque elle-même doivent être publiées sous la LGPL, et les utilisateurs doivent pouvoir la remplacer par leur propre version. Delegate Editor charge Qt sous forme de bibliothèques partagées distinctes, qui peuvent être remplacées.</translation>
    </message>
    <message>
        <source>The Python Software Foundation licence: use, modification and distribution are permitted, provided the copyright notice is kept.</source>
        <translation>La licence de la Python Software Foundation&#xa0;: l’utilisation, la modification et la distribution sont autorisées, à condition de conserver l’avis de droit d’auteur.</translation>
    </message>
    <message>
        <source>Used under the LGPL-3.0, like Qt above.</source>
        <translation>Utilisé sous la LGPL-3.0, comme Qt ci-dessus.</translation>
    </message>
    <message>
        <source>Any use, copying, modification and distribution is permitted, provided the copyright notice and the permission notice are kept. No warranty.</source>
        <translation>Toute utilisation, copie, modification et distribution est autorisée, à condition de conserver l’avis de droit d’auteur et l’avis d’autorisation. Aucune garantie.</translation>
    </message>
    <message>
        <source>Use, modification and distribution are permitted, provided the licence and notices are kept and changes are marked; contributors grant a licence to their patents. No warranty.</source>
        <translation>L’utilisation, la modification et la distribution sont autorisées, à condition de conserver la licence et les avis et de signaler les modifications&#x202f;; les contributeurs concèdent une licence sur leurs brevets. Aucune garantie.</translation>
    </message>
    <message>
        <source>Redistribution with or without modification is permitted, provided the copyright notice, the conditions and the disclaimer are kept, and the authors&apos; names are not used to endorse the app.</source>
        <translation>La redistribution, avec ou sans modification, est autorisée, à condition de conserver l’avis de droit d’auteur, les conditions et l’exclusion de garantie, et de ne pas utiliser le nom des auteurs pour promouvoir l’application.</translation>
    </message>
    <message>
        <source>Offered under any of three licences at the user&apos;s choice; Delegate Editor uses it under the Apache License 2.0. Use, modification and distribution are permitted, provided the licence and notices are kept and changes are marked; contributors grant a licence to their patents. No warranty.</source>
        <translation>Proposé sous trois licences au choix de l’utilisateur&#x202f;; Delegate Editor l’utilise sous la licence Apache 2.0. L’utilisation, la modification et la distribution sont autorisées, à condition de conserver la licence et les avis et de signaler les modifications&#x202f;; les contributeurs concèdent une licence sur leurs brevets. Aucune garantie.</translation>
    </message>
    <message>
        <source>The fonts may be used, embedded in documents and redistributed with software; they may not be sold on their own, and modified versions must be renamed. The full text is in fonts/LICENSE-fonts-liberation2.txt among the app&apos;s resources.</source>
        <translation>Les polices peuvent être utilisées, incorporées dans des documents et redistribuées avec des logiciels&#x202f;; elles ne peuvent pas être vendues seules, et les versions modifiées doivent être renommées. Le texte intégral se trouve dans fonts/LICENSE-fonts-liberation2.txt parmi les ressources de l’application.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Delegate Editor</source>
        <translation>À propos de Delegate Editor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Delegate Editor {0}&lt;/h2&gt;&lt;p&gt;Draft United Nations resolutions as structure and export them in the official UN layout.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({APP_LICENCE}). No warranty.&lt;/p&gt;&lt;p&gt;Python {1} · Qt {2} · PySide6 {pyside_version}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Delegate Editor {0}&lt;/h2&gt;&lt;p&gt;Rédigez des projets de résolution de l’Organisation des Nations Unies sous forme structurée et exportez-les selon la présentation officielle de l’ONU.&lt;/p&gt;&lt;p&gt;Logiciel libre distribué sous la Licence publique générale GNU, version 3 ou ultérieure ({APP_LICENCE}). Aucune garantie.&lt;/p&gt;&lt;p&gt;Python {1} · Qt {2} · PySide6 {pyside_version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Composants utilisés</translation>
    </message>
    <message>
        <source>&amp;Copy version information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
</context>
<context>
    <name>AnnexPage</name>
    <message>
        <source>Body text</source>
        <translation>Corps de texte</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Numbered paragraph</source>
        <translation>Paragraphe numéroté</translation>
    </message>
    <message>
        <source>Lettered item</source>
        <translation>Alinéa par lettre</translation>
    </message>
    <message>
        <source>Table row</source>
        <translation>Ligne de tableau</translation>
    </message>
    <message>
        <source>Table heading row</source>
        <translation>Ligne d’en-tête de tableau</translation>
    </message>
    <message>
        <source>Annexes: annexes and their paragraphs</source>
        <translation>Annexes&#xa0;: les annexes et leurs paragraphes</translation>
    </message>
    <message>
        <source>Annex paragraph style</source>
        <translation>Style du paragraphe d’annexe</translation>
    </message>
    <message>
        <source>Numbered paragraphs are numbered 1., 2., ... in each annex</source>
        <translation>Les paragraphes numérotés le sont 1., 2., ... dans chaque annexe</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Style&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Number from 1 again here</source>
        <translation>&amp;Numéroter à partir de 1 ici</translation>
    </message>
    <message>
        <source>Number from 1 again here</source>
        <translation>Numéroter à partir de 1 ici</translation>
    </message>
    <message>
        <source>Start the numbered paragraphs again at 1, as each article of a convention does</source>
        <translation>Recommencer à 1 la numérotation des paragraphes, comme le fait chaque article d’une convention</translation>
    </message>
    <message>
        <source>Add &amp;annex</source>
        <translation>Ajouter une &amp;annexe</translation>
    </message>
    <message>
        <source>Add annex</source>
        <translation>Ajouter une annexe</translation>
    </message>
    <message>
        <source>Add &amp;paragraph</source>
        <translation>Ajouter un &amp;paragraphe</translation>
    </message>
    <message>
        <source>Add annex paragraph</source>
        <translation>Ajouter un paragraphe d’annexe</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the annex or paragraph</source>
        <translation>Supprimer l’annexe ou le paragraphe</translation>
    </message>
    <message>
        <source>This draft has no annex: use Insert ▸ Annex (Ctrl+Alt+A) to add one.</source>
        <translation>Ce projet n’a pas d’annexe&#xa0;: utilisez Insertion ▸ Annexe (Ctrl+Alt+A) pour en ajouter une.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Annex title</source>
        <translation>Titre de l’annexe</translation>
    </message>
    <message>
        <source>Annex paragraph text</source>
        <translation>Texte du paragraphe d’annexe</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Set out in the text</source>
        <translation>Énoncé dans le texte</translation>
    </message>
    <message>
        <source>{name} ({k} of {n}): its title, printed in bold</source>
        <translation>{name} ({k} sur {n})&#xa0;: son titre, imprimé en gras</translation>
    </message>
    <message>
        <source>{name}: its title, printed in bold</source>
        <translation>{name}&#xa0;: son titre, imprimé en gras</translation>
    </message>
    <message>
        <source>{name}, paragraph {k} of {n}: {style}</source>
        <translation>{name}, paragraphe {k} sur {n}&#xa0;: {style}</translation>
    </message>
    <message>
        <source> (Tab starts the next cell)</source>
        <translation> (Tab passe à la cellule suivante)</translation>
    </message>
    <message>
        <source>Tab starts the next cell; Ctrl+Tab leaves the text</source>
        <translation>Tab passe à la cellule suivante&#xa0;; Ctrl+Tab quitte le texte</translation>
    </message>
    <message>
        <source>Type in annex title</source>
        <translation>Saisie du titre de l’annexe</translation>
    </message>
    <message>
        <source>Type in annex paragraph</source>
        <translation>Saisie d’un paragraphe d’annexe</translation>
    </message>
    <message>
        <source>Annex paragraph style: {style}</source>
        <translation>Style du paragraphe d’annexe&#xa0;: {style}</translation>
    </message>
    <message>
        <source>Annex paragraph: number from 1 again</source>
        <translation>Paragraphe d’annexe&#xa0;: numéroter à partir de 1</translation>
    </message>
    <message>
        <source>Annex paragraph: number on</source>
        <translation>Paragraphe d’annexe&#xa0;: continuer la numérotation</translation>
    </message>
    <message>
        <source>Insert annex</source>
        <translation>Insérer une annexe</translation>
    </message>
    <message>
        <source>Insert annex paragraph</source>
        <translation>Insérer un paragraphe d’annexe</translation>
    </message>
    <message>
        <source>Insert annex heading</source>
        <translation>Insérer un intertitre d’annexe</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annexe</translation>
    </message>
    <message>
        <source>annex paragraph</source>
        <translation>paragraphe d’annexe</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer ({what})</translation>
    </message>
    <message>
        <source>Duplicate {what}</source>
        <translation>Dupliquer ({what})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong ({__name__}: {exc}). Your work is autosaved; details are in {log}.</source>
        <translation>Une erreur s’est produite ({__name__}&#xa0;: {exc}). Votre travail est enregistré automatiquement&#x202f;; les détails se trouvent dans {log}.</translation>
    </message>
</context>
<context>
    <name>BehalfBy</name>
    <message>
        <source>Group&apos;s mark after</source>
        <translation>Appel du groupe après</translation>
    </message>
    <message>
        <source>the colon (all the sponsors)</source>
        <translation>les deux-points (tous les auteurs)</translation>
    </message>
</context>
<context>
    <name>ChangeFiles</name>
    <message>
        <source>Resolutions and drafts (*.txt *.md *.docx *.odt *.dres);;Text copied from a UN PDF (*.txt *.md);;Word or OpenDocument (*.docx *.odt);;Drafts (*.dres);;All files (*)</source>
        <translation>Résolutions et projets (*.txt *.md *.docx *.odt *.dres);;Texte copié d’un PDF de l’ONU (*.txt *.md);;Word ou OpenDocument (*.docx *.odt);;Projets (*.dres);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Word document with tracked changes (*.docx)</source>
        <translation>Document Word avec modifications suivies (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text with tracked changes (*.odt)</source>
        <translation>Texte OpenDocument avec modifications suivies (*.odt)</translation>
    </message>
    <message>
        <source>Printable comparison (*.pdf)</source>
        <translation>Comparaison imprimable (*.pdf)</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Base text</source>
        <translation>Texte de base</translation>
    </message>
    <message>
        <source>This draft has no base text and no version yet: use Review ▸ Set Base Text… or Review ▸ Versions… ▸ Save Version… first.</source>
        <translation>Ce projet n’a encore ni texte de base ni version&#xa0;: utilisez d’abord Révision ▸ Définir le texte de base… ou Révision ▸ Versions… ▸ Enregistrer la version….</translation>
    </message>
    <message>
        <source>New draft from an earlier resolution</source>
        <translation>Nouveau projet à partir d’une résolution antérieure</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>New draft based on {name}; save it to keep it</source>
        <translation>Nouveau projet fondé sur {name}&#x202f;; enregistrez-le pour le conserver</translation>
    </message>
    <message>
        <source>Set the base text</source>
        <translation>Définir le texte de base</translation>
    </message>
    <message>
        <source>Base text: {name}</source>
        <translation>Texte de base&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Nothing to compare with</source>
        <translation>Rien à comparer</translation>
    </message>
    <message>
        <source>Show the changes made since:</source>
        <translation>Afficher les modifications apportées depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Export with tracked changes</source>
        <translation>Exporter avec les modifications suivies</translation>
    </message>
    <message>
        <source>Export the printable comparison</source>
        <translation>Exporter la comparaison imprimable</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported {name} ({n} paragraphs changed)</source>
        <translation>{name} exporté ({n} paragraphes modifiés)</translation>
    </message>
    <message>
        <source>Printable comparison</source>
        <translation>Comparaison imprimable</translation>
    </message>
</context>
<context>
    <name>CheckMargin</name>
    <message>
        <source>Checks&apos; marks</source>
        <translation>Marques des vérifications</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Drafting findings</source>
        <translation>Observations de rédaction</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Go to paragraph</source>
        <translation>&amp;Aller au paragraphe</translation>
    </message>
    <message>
        <source>The checks could not run: {result}</source>
        <translation>Les vérifications n’ont pas pu être effectuées&#xa0;: {result}</translation>
    </message>
    <message>
        <source> · one-click fix: {label}</source>
        <translation> · correction en un clic&#xa0;: {label}</translation>
    </message>
    <message>
        <source>No findings: the draft follows the conventions checked.</source>
        <translation>Aucune observation&#xa0;: le projet respecte les règles vérifiées.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <source>&amp;Fix: {label}</source>
        <translation>&amp;Corriger&#xa0;: {label}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments on paragraphs</source>
        <translation>Commentaires sur les paragraphes</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Afficher les commentaires &amp;résolus</translation>
    </message>
    <message>
        <source>No comments. Insert ▸ Comment (Ctrl+Alt+M) comments on the paragraph you edit.</source>
        <translation>Aucun commentaire. Insertion ▸ Commentaire (Ctrl+Alt+M) commente le paragraphe en cours de modification.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>Rés&amp;oudre</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>No delegation set in Preferences</source>
        <translation>Aucune délégation indiquée dans les Préférences</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment on {where}:</source>
        <translation>Commentaire sur {where}&#xa0;:</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>Choose a paragraph of the preamble, the operative part or an annex to comment on it.</source>
        <translation>Choisissez un alinéa du préambule, un paragraphe du dispositif ou d’une annexe pour le commenter.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Co&amp;mmentaire…</translation>
    </message>
    <message>
        <source>A comment on the paragraph you edit, with your delegation&apos;s name</source>
        <translation>Un commentaire sur le paragraphe en cours de modification, au nom de votre délégation</translation>
    </message>
    <message>
        <source>Go to Co&amp;mments</source>
        <translation>Aller aux co&amp;mmentaires</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Older text</source>
        <translation>Texte le plus ancien</translation>
    </message>
    <message>
        <source>Newer text</source>
        <translation>Texte le plus récent</translation>
    </message>
    <message>
        <source>Show part</source>
        <translation>Partie affichée</translation>
    </message>
    <message>
        <source>The comparison</source>
        <translation>La comparaison</translation>
    </message>
    <message>
        <source>List of changes</source>
        <translation>Liste des modifications</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Texte le plus &amp;ancien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>Texte le plus &amp;récent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Partie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Changes (Enter: go to the paragraph):</source>
        <translation>&amp;Modifications (Entrée&#xa0;: aller au paragraphe)&#xa0;:</translation>
    </message>
    <message>
        <source>Export with &amp;Tracked Changes…</source>
        <translation>Exporter avec les &amp;modifications suivies…</translation>
    </message>
    <message>
        <source>Printable Co&amp;mparison (PDF)…</source>
        <translation>Co&amp;mparaison imprimable (PDF)…</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} modifications</translation>
    </message>
</context>
<context>
    <name>CompareHtml</name>
    <message>
        <source>The whole text</source>
        <translation>Tout le texte</translation>
    </message>
    <message>
        <source>Front matter and sponsors</source>
        <translation>En-tête et auteurs</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>insertion</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <source>italics changed</source>
        <translation>italique modifié</translation>
    </message>
    <message>
        <source>footnote marks raised</source>
        <translation>appels de note en exposant</translation>
    </message>
    <message>
        <source>⟶ moved (see where it now stands)</source>
        <translation>⟶ déplacé (voir sa nouvelle place)</translation>
    </message>
    <message>
        <source>⟵ moved here from {place}</source>
        <translation>⟵ déplacé ici depuis {place}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>opening phrase</source>
        <translation>formule introductive</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>paragraphe {number}</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <source>Type in {where} ({what})</source>
        <translation>Saisie&#xa0;: {where} ({what})</translation>
    </message>
    <message>
        <source>Insert paragraph</source>
        <translation>Insérer un paragraphe</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Supprimer le paragraphe</translation>
    </message>
    <message>
        <source>Duplicate paragraph</source>
        <translation>Dupliquer le paragraphe</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>Monter ({what})</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>Descendre ({what})</translation>
    </message>
    <message>
        <source>Drag paragraph</source>
        <translation>Glisser le paragraphe</translation>
    </message>
    <message>
        <source>Indent paragraph</source>
        <translation>Augmenter le retrait du paragraphe</translation>
    </message>
    <message>
        <source>Outdent paragraph</source>
        <translation>Réduire le retrait du paragraphe</translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation>Insérer une note de bas de page</translation>
    </message>
    <message>
        <source>Add footnote</source>
        <translation>Ajouter une note de bas de page</translation>
    </message>
    <message>
        <source>Edit footnote</source>
        <translation>Modifier la note de bas de page</translation>
    </message>
</context>
<context>
    <name>Crossref</name>
    <message>
        <source>Put the cursor in a paragraph&apos;s text to add a cross-reference.</source>
        <translation>Placez le curseur dans le texte d’un paragraphe pour ajouter un renvoi.</translation>
    </message>
    <message>
        <source>There is no other operative paragraph to refer to.</source>
        <translation>Il n’y a pas d’autre paragraphe du dispositif auquel renvoyer.</translation>
    </message>
    <message>
        <source>Insert cross-reference</source>
        <translation>Insérer un renvoi</translation>
    </message>
    <message>
        <source>Refer to operative paragraph:</source>
        <translation>Renvoyer au paragraphe du dispositif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <source>Phrases</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>Preview of the printed pages</source>
        <translation>Aperçu des pages imprimées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>The draft: preamble and operative part</source>
        <translation>Le projet&#xa0;: préambule et dispositif</translation>
    </message>
    <message>
        <source>Start the operative part</source>
        <translation>Commencer le dispositif</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Scinder le paragraphe</translation>
    </message>
    <message>
        <source>Join paragraphs</source>
        <translation>Joindre les paragraphes</translation>
    </message>
    <message>
        <source>Paste paragraphs</source>
        <translation>Coller des paragraphes</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>phrase d’introduction</translation>
    </message>
    <message>
        <source>lettered parts</source>
        <translation>parties lettrées</translation>
    </message>
    <message>
        <source>Paste footnotes</source>
        <translation>Coller des notes</translation>
    </message>
    <message>
        <source>Paste sub-paragraphs</source>
        <translation>Coller des alinéas</translation>
    </message>
    <message>
        <source>Paste annexes</source>
        <translation>Coller des annexes</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Drag paragraphs</source>
        <translation>Glisser des paragraphes</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importé)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>ExtraActions</name>
    <message>
        <source>Zoom {0}%</source>
        <translation>Zoom {0}&#xa0;%</translation>
    </message>
    <message>
        <source>Preview (updating…)</source>
        <translation>Aperçu (mise à jour…)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The pages are being typeset again after your changes.</source>
        <translation>Les pages sont en cours de recomposition après vos modifications.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>Rec&amp;hercher et remplacer…</translation>
    </message>
    <message>
        <source>Search the whole draft; each match is shown in its paragraph</source>
        <translation>Rechercher dans tout le projet&#x202f;; chaque résultat est affiché dans son paragraphe</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le suiva&amp;nt</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Cross-reference…</source>
        <translation>&amp;Renvoi…</translation>
    </message>
    <message>
        <source>The number of another operative paragraph, kept right when paragraphs move</source>
        <translation>Le numéro d’un autre paragraphe du dispositif, tenu à jour quand les paragraphes sont déplacés</translation>
    </message>
    <message>
        <source>Cite a Footnote &amp;Again…</source>
        <translation>Appeler à nou&amp;veau une note…</translation>
    </message>
    <message>
        <source>A second mark of a footnote the text already cites, showing its number</source>
        <translation>Un second appel d’une note que le texte appelle déjà, avec son numéro</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Search &amp;Phrases</source>
        <translation>Rechercher des &amp;formules</translation>
    </message>
    <message>
        <source>Go to &amp;Checks</source>
        <translation>Aller aux &amp;vérifications</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>organ</source>
        <translation>organe</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>cote</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>langue originale</translation>
    </message>
    <message>
        <source>job number</source>
        <translation>numéro d’ordre</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>kind of text</source>
        <translation>type de texte</translation>
    </message>
    <message>
        <source>resolution, decision or note</source>
        <translation>résolution, décision ou note</translation>
    </message>
    <message>
        <source>draft amended</source>
        <translation>projet amendé</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>body</source>
        <translation>organe subsidiaire</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>venue and dates</source>
        <translation>lieu et dates</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <source>provisional agenda</source>
        <translation>ordre du jour provisoire</translation>
    </message>
    <message>
        <source>agenda symbol</source>
        <translation>cote de l’ordre du jour</translation>
    </message>
    <message>
        <source>agenda item title</source>
        <translation>intitulé du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>phrase d’introduction</translation>
    </message>
    <message>
        <source>authoring line</source>
        <translation>ligne des auteurs</translation>
    </message>
    <message>
        <source>sponsors</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>submitted by</source>
        <translation>présenté par</translation>
    </message>
    <message>
        <source>on behalf of</source>
        <translation>au nom de</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annexe</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Drafts and documents (*.dres *.docx *.odt *.txt *.md);;Drafts (*.dres);;Documents to import (*.docx *.odt *.txt *.md);;All files (*)</source>
        <translation>Projets et documents (*.dres *.docx *.odt *.txt *.md);;Projets (*.dres);;Documents à importer (*.docx *.odt *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {file_name} before closing it?</source>
        <translation>Enregistrer les modifications apportées à {file_name} avant de le fermer&#x202f;?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Start from the template for:</source>
        <translation>Partir du modèle pour&#xa0;:</translation>
    </message>
    <message>
        <source>Open a draft</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Draft already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>{name} is already open in another Delegate Editor window: {0}.

If you both save, one of you will overwrite the other&apos;s changes.</source>
        <translation>{name} est déjà ouvert dans une autre fenêtre de Delegate Editor&#xa0;: {0}.

Si vous enregistrez tous les deux, l’un de vous écrasera les modifications de l’autre.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Save the draft as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Drafts (*.dres)</source>
        <translation>Projets (*.dres)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or last saved it.

Overwrite it with your version (the other changes are lost), save your version under another name, or cancel?</source>
        <translation>{name} a été modifié par un autre programme depuis que vous l’avez ouvert ou enregistré pour la dernière fois.

Le remplacer par votre version (les autres modifications seront perdues), enregistrer votre version sous un autre nom, ou annuler&#x202f;?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Le projet n’a pas été enregistré</translation>
    </message>
    <message>
        <source>{0}

Your changes are still open here.</source>
        <translation>{0}

Vos modifications restent ouvertes ici.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>Exporter en {0}</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>Autosave failed ({exc}): save the draft to keep your work</source>
        <translation>Échec de l’enregistrement automatique ({exc})&#xa0;: enregistrez le projet pour conserver votre travail</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#x202f;?</translation>
    </message>
    <message>
        <source>Delegate Editor did not close normally. Unsaved work was found:

{0}

Restore it? (Later keeps it for the next start.)</source>
        <translation>Delegate Editor ne s’est pas fermé normalement. Du travail non enregistré a été trouvé&#xa0;:

{0}

Le restaurer&#x202f;? («&#xa0;Plus tard&#xa0;» le conserve pour le prochain démarrage.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Searches the whole draft: title, paragraphs, annexes and footnotes.</source>
        <translation>Recherche dans tout le projet&#xa0;: titre, paragraphes, annexes et notes de bas de page.</translation>
    </message>
    <message>
        <source>Where the match is</source>
        <translation>Emplacement du résultat</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>“{needle}” is nowhere in the draft.</source>
        <translation>«&#xa0;{needle}&#xa0;» ne figure nulle part dans le projet.</translation>
    </message>
    <message>
        <source>Replace all “{needle}”</source>
        <translation>Remplacer partout «&#xa0;{needle}&#xa0;»</translation>
    </message>
    <message>
        <source>Replaced 1 occurrence of “{needle}”.</source>
        <translation>1 occurrence de «&#xa0;{needle}&#xa0;» remplacée.</translation>
    </message>
    <message>
        <source>Replaced {total} occurrences of “{needle}”.</source>
        <translation>{total} occurrences de «&#xa0;{needle}&#xa0;» remplacées.</translation>
    </message>
</context>
<context>
    <name>FootnotesPanel</name>
    <message>
        <source>preambular paragraph</source>
        <translation>alinéa du préambule</translation>
    </message>
    <message>
        <source>operative paragraph</source>
        <translation>paragraphe du dispositif</translation>
    </message>
    <message>
        <source>the annex</source>
        <translation>l’annexe</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the recommendation</source>
        <translation>la recommandation</translation>
    </message>
    <message>
        <source>the lead-in</source>
        <translation>la phrase d’introduction</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message>
        <source>an unnumbered paragraph</source>
        <translation>un paragraphe non numéroté</translation>
    </message>
    <message>
        <source>Footnotes, in order of appearance</source>
        <translation>Notes de bas de page, dans l’ordre d’apparition</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Footnote text. Ctrl+I for italics, or choose a template.</source>
        <translation>Texte de la note. Ctrl+I pour l’italique, ou choisissez un modèle.</translation>
    </message>
    <message>
        <source>This draft has no footnotes. Put the cursor in a paragraph&apos;s text and press Ctrl+Alt+F (Insert ▸ Footnote).</source>
        <translation>Ce projet n’a pas de notes de bas de page. Placez le curseur dans le texte d’un paragraphe et appuyez sur Ctrl+Alt+F (Insertion ▸ Note de bas de page).</translation>
    </message>
    <message>
        <source>&amp;Go to reference</source>
        <translation>&amp;Aller à l’appel de note</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Footnote mark</source>
        <translation>Appel de note</translation>
    </message>
    <message>
        <source>Numbered in order of citation, or printed with a symbol of its own</source>
        <translation>Numérotée dans l’ordre des appels, ou imprimée avec un symbole qui lui est propre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>Appe&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delete footnote</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Cited in {0}</source>
        <translation>Appel de note dans&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not cited anywhere</source>
        <translation>Aucun appel de note</translation>
    </message>
    <message>
        <source>Footnote {mark}, cited in {0}.</source>
        <translation>Note {mark}, appelée dans&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>This footnote is not cited anywhere.</source>
        <translation>Cette note n’est appelée nulle part.</translation>
    </message>
    <message>
        <source>Each press goes to the next of its {0} marks</source>
        <translation>Chaque clic mène à l’appel suivant (la note en a {0})</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Cite a footnote again</source>
        <translation>Appeler à nouveau une note</translation>
    </message>
</context>
<context>
    <name>FrontForm</name>
    <message>
        <source>Draft (sponsored)</source>
        <translation>Projet (présenté par des auteurs)</translation>
    </message>
    <message>
        <source>Revised draft</source>
        <translation>Projet révisé</translation>
    </message>
    <message>
        <source>Submitted by the Chair or President</source>
        <translation>Présenté par la présidence</translation>
    </message>
    <message>
        <source>Adopted text</source>
        <translation>Texte adopté</translation>
    </message>
    <message>
        <source>Amendment to a draft</source>
        <translation>Amendement à un projet</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>En-tête du document</translation>
    </message>
    <message>
        <source>Organ (masthead)</source>
        <translation>Organe (en-tête)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Organe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Cote&#xa0;:</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Dist&amp;ribution:</source>
        <translation>Dist&amp;ribution&#xa0;:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Ori&amp;ginal:</source>
        <translation>Ori&amp;ginal&#xa0;:</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <source>&amp;Job number:</source>
        <translation>&amp;Numéro d’ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Numéro d’ordre</translation>
    </message>
    <message>
        <source>Reissue &amp;note:</source>
        <translation>&amp;Note de nouveau tirage&#xa0;:</translation>
    </message>
    <message>
        <source>Reissue note</source>
        <translation>Note de nouveau tirage</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>Draft language</source>
        <translation>Langue du projet</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Type de texte</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Resolution, decision or note</source>
        <translation>Résolution, décision ou note</translation>
    </message>
    <message>
        <source>Resolution, d&amp;ecision or note:</source>
        <translation>Résolution, d&amp;écision ou note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lettered parts: (a), (b) instead of 1., 2.</source>
        <translation>Parties &amp;lettrées&#xa0;: a), b) au lieu de 1., 2.</translation>
    </message>
    <message>
        <source>A&amp;mends:</source>
        <translation>Projet a&amp;mendé&#xa0;:</translation>
    </message>
    <message>
        <source>Symbol of the draft amended</source>
        <translation>Cote du projet amendé</translation>
    </message>
    <message>
        <source>Automatic (from the venue)</source>
        <translation>Automatique (selon le lieu de la réunion)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Présentation&#xa0;:</translation>
    </message>
    <message>
        <source>Duty-station layout</source>
        <translation>Présentation du lieu d’affectation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Organe su&amp;bsidiaire&#xa0;:</translation>
    </message>
    <message>
        <source>Body (committee or commission)</source>
        <translation>Organe subsidiaire (commission ou grande commission)</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>S&amp;ession&#xa0;:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Venue and dates:</source>
        <translation>&amp;Lieu et dates&#xa0;:</translation>
    </message>
    <message>
        <source>Venue and dates</source>
        <translation>Lieu et dates</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>Po&amp;int de l’ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda item number</source>
        <translation>Numéro du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Provisional agenda (adds the * note)</source>
        <translation>Ordre du jour &amp;provisoire (ajoute la note *)</translation>
    </message>
    <message>
        <source>Agenda s&amp;ymbol:</source>
        <translation>Cote de l’ordre du jour (s&amp;ymbole)&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda symbol</source>
        <translation>Cote de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda item &amp;title:</source>
        <translation>In&amp;titulé du point&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda item title</source>
        <translation>Intitulé du point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda line as printed</source>
        <translation>Ligne de l’ordre du jour telle qu’imprimée</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Imprimé ainsi&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Recommendation paragraph</source>
        <translation>Paragraphe de recommandation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Titre de la résolution</translation>
    </message>
    <message>
        <source>&amp;Authoring line:</source>
        <translation>Ligne des &amp;auteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Authoring line</source>
        <translation>Ligne des auteurs</translation>
    </message>
    <message>
        <source>Lead-in of the operative part</source>
        <translation>Phrase d’introduction du dispositif</translation>
    </message>
    <message>
        <source>Lead-in (Resolves t&amp;hat:):</source>
        <translation>Introduction (Décide &amp;que&#xa0;:)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GroupMenu</name>
    <message>
        <source>Co-drafting group</source>
        <translation>Groupe de corédaction</translation>
    </message>
    <message>
        <source>&amp;Join Group…</source>
        <translation>Re&amp;joindre un groupe…</translation>
    </message>
    <message>
        <source>&amp;Join Group… (needs the websockets package)</source>
        <translation>Re&amp;joindre un groupe… (requiert le paquet websockets)</translation>
    </message>
    <message>
        <source>&amp;Leave Group</source>
        <translation>Quitter le &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;Who Proposed What…</source>
        <translation>Qui a &amp;proposé quoi…</translation>
    </message>
    <message>
        <source>Co-drafting needs another package</source>
        <translation>La corédaction requiert un autre paquet</translation>
    </message>
    <message>
        <source>Joining a group needs the websockets package, which this installation lacks. Install it with: pip install websockets</source>
        <translation>Pour rejoindre un groupe, il faut le paquet websockets, absent de cette installation. Installez-le avec : pip install websockets</translation>
    </message>
    <message>
        <source>Cannot join the group</source>
        <translation>Impossible de rejoindre le groupe</translation>
    </message>
    <message>
        <source>You left the group; the draft stays here.</source>
        <translation>Vous avez quitté le groupe ; le projet reste ici.</translation>
    </message>
</context>
<context>
    <name>GroupSession</name>
    <message>
        <source>Changes from the group</source>
        <translation>Modifications venues du groupe</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a paragraph&apos;s text: &lt;b&gt;Tab&lt;/b&gt; and &lt;b&gt;Shift+Tab&lt;/b&gt; indent and outdent, &lt;b&gt;Return&lt;/b&gt; starts the next paragraph. In the lists: &lt;b&gt;Delete&lt;/b&gt; removes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le texte d’un paragraphe&#xa0;: &lt;b&gt;Tab&lt;/b&gt; et &lt;b&gt;Maj+Tab&lt;/b&gt; augmentent et réduisent le retrait, &lt;b&gt;Entrée&lt;/b&gt; commence le paragraphe suivant. Dans les listes&#xa0;: &lt;b&gt;Suppr&lt;/b&gt; supprime.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy ({GUIDE}).</source>
        <translation>Le guide de l’utilisateur n’est pas installé avec cet exemplaire ({GUIDE}).</translation>
    </message>
    <message>
        <source>Delegate Editor user guide</source>
        <translation>Guide de l’utilisateur de Delegate Editor</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Who proposed what</source>
        <translation>Qui a proposé quoi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Proposals, newest first</source>
        <translation>Propositions, les plus récentes d’abord</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>preamble</source>
        <translation>préambule</translation>
    </message>
    <message>
        <source>operative part</source>
        <translation>dispositif</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>annexe</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>notes de bas de page</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>No import yet.</source>
        <translation>Aucune importation pour l’instant.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>{name}: 1 guess by the importer</source>
        <translation>{name}&#xa0;: 1 hypothèse de l’importation</translation>
    </message>
    <message>
        <source>{name}: {guesses} guesses by the importer</source>
        <translation>{name}&#xa0;: {guesses} hypothèses de l’importation</translation>
    </message>
    <message>
        <source>, {0} other note(s)</source>
        <translation>, {0} autre(s) remarque(s)</translation>
    </message>
    <message>
        <source>. Double-click an item to go to its paragraph.</source>
        <translation>. Double-cliquez sur un élément pour aller à son paragraphe.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a co-drafting group</source>
        <translation>Rejoindre un groupe de corédaction</translation>
    </message>
    <message>
        <source>The penholder (or whoever runs the group&apos;s server) gives you the server&apos;s address, the room and a one-time invitation.</source>
        <translation>Le porte-plume (ou qui fait tourner le serveur du groupe) vous donne l’adresse du serveur, la salle et une invitation à usage unique.</translation>
    </message>
    <message>
        <source>wss://example.org:8765</source>
        <translation>wss://example.org:8765</translation>
    </message>
    <message>
        <source>dei1.…</source>
        <translation>dei1.…</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>Sa&amp;lle :</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>&amp;Invitation or credential:</source>
        <translation>&amp;Invitation ou identifiant :</translation>
    </message>
    <message>
        <source>Invitation or credential</source>
        <translation>Invitation ou identifiant</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>The server address starts with wss:// (or ws:// on a trusted network).</source>
        <translation>L’adresse du serveur commence par wss:// (ou ws:// sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>The room is a name of letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>La salle est un nom fait de lettres, de chiffres, de « _ » ou de « - ».</translation>
    </message>
    <message>
        <source>Paste the invitation you were given (it starts with dei1.).</source>
        <translation>Collez l’invitation reçue (elle commence par dei1.).</translation>
    </message>
    <message>
        <source>Give the name the others will see, such as your delegation.</source>
        <translation>Indiquez le nom que les autres verront, par exemple votre délégation.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Draft statistics</source>
        <translation>Statistiques du projet</translation>
    </message>
    <message>
        <source>Outline of the draft</source>
        <translation>Plan du projet</translation>
    </message>
    <message>
        <source>Choose the preamble, the operative part or the annexes first.</source>
        <translation>Choisissez d’abord le préambule, le dispositif ou les annexes.</translation>
    </message>
    <message>
        <source>Choose an annex paragraph to change its style.</source>
        <translation>Choisissez un paragraphe d’annexe pour en changer le style.</translation>
    </message>
    <message>
        <source>{file_name}[*] — Delegate Editor</source>
        <translation>{file_name}[*] — Delegate Editor</translation>
    </message>
    <message>
        <source>{preambular} preambular · {operative} operative · {words} words</source>
        <translation>{preambular} alinéas du préambule · {operative} paragraphes du dispositif · {words} mots</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Online · 1 member</source>
        <translation>En ligne · 1 membre</translation>
    </message>
    <message>
        <source>Online · {n} members</source>
        <translation>En ligne · {n} membres</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not admitted to the group</source>
        <translation>Non admis dans le groupe</translation>
    </message>
    <message>
        <source>Offline, changes kept</source>
        <translation>Hors ligne, modifications conservées</translation>
    </message>
    <message>
        <source>Not in a group: File ▸ Join Group…</source>
        <translation>Dans aucun groupe : Fichier ▸ Rejoindre un groupe…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Members online and their paragraphs</source>
        <translation>Membres en ligne et leurs paragraphes</translation>
    </message>
    <message>
        <source>no paragraph</source>
        <translation>aucun paragraphe</translation>
    </message>
    <message>
        <source>{name} — {where}</source>
        <translation>{name} — {where}</translation>
    </message>
    <message>
        <source>{member} (you)</source>
        <translation>{member} (vous)</translation>
    </message>
    <message>
        <source>Delete the paragraph</source>
        <translation>Supprimer le paragraphe</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator: the draft&apos;s parts and paragraphs</source>
        <translation>Navigateur&#xa0;: parties et paragraphes du projet</translation>
    </message>
</context>
<context>
    <name>NegotiationCommands</name>
    <message>
        <source>Accept the proposal by {who}</source>
        <translation>Accepter la proposition de {who}</translation>
    </message>
    <message>
        <source>Reject the proposal by {who}</source>
        <translation>Rejeter la proposition de {who}</translation>
    </message>
    <message>
        <source>Withdraw the proposal by {who}</source>
        <translation>Retirer la proposition de {who}</translation>
    </message>
    <message>
        <source>Decide on the proposal by {who}</source>
        <translation>Statuer sur la proposition de {who}</translation>
    </message>
    <message>
        <source>Mark the paragraph open</source>
        <translation>Marquer le paragraphe ouvert</translation>
    </message>
    <message>
        <source>Mark the paragraph bracketed</source>
        <translation>Mettre le paragraphe entre crochets</translation>
    </message>
    <message>
        <source>Mark the paragraph agreed ad ref</source>
        <translation>Marquer le paragraphe approuvé ad referendum</translation>
    </message>
    <message>
        <source>Mark the paragraph agreed</source>
        <translation>Marquer le paragraphe approuvé</translation>
    </message>
</context>
<context>
    <name>NegotiationMenu</name>
    <message>
        <source>Returned copies (*.docx *.odt *.dres *.txt)</source>
        <translation>Copies retournées (*.docx *.odt *.dres *.txt)</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)</source>
        <translation>Document Word (*.docx);;Texte OpenDocument (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ne&amp;gotiation</source>
        <translation>&amp;Négociation</translation>
    </message>
    <message>
        <source>&amp;Negotiation Mode</source>
        <translation>Mode &amp;négociation</translation>
    </message>
    <message>
        <source>&amp;Import Returned Copy…</source>
        <translation>&amp;Importer une copie retournée…</translation>
    </message>
    <message>
        <source>&amp;Open Paragraphs Only</source>
        <translation>Paragraphes &amp;ouverts seulement</translation>
    </message>
    <message>
        <source>Show &amp;Compilation in Preview</source>
        <translation>Afficher la &amp;compilation dans l’aperçu</translation>
    </message>
    <message>
        <source>Source of Agreed &amp;Language…</source>
        <translation>Source du &amp;libellé convenu…</translation>
    </message>
    <message>
        <source>Start &amp;Silence Procedure…</source>
        <translation>Lancer la procédure d’approbation &amp;tacite…</translation>
    </message>
    <message>
        <source>Silence &amp;Broken…</source>
        <translation>Approbation tacite &amp;rompue…</translation>
    </message>
    <message>
        <source>Export Co&amp;mpilation…</source>
        <translation>Exporter la co&amp;mpilation…</translation>
    </message>
    <message>
        <source>Export C&amp;lean Text…</source>
        <translation>Exporter la version &amp;propre…</translation>
    </message>
    <message>
        <source>Start the negotiation</source>
        <translation>Ouvrir la négociation</translation>
    </message>
    <message>
        <source>Import a returned copy</source>
        <translation>Importer une copie retournée</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Propositions non importées</translation>
    </message>
    <message>
        <source>Returned copy</source>
        <translation>Copie retournée</translation>
    </message>
    <message>
        <source>Which delegation sent this copy back?</source>
        <translation>Quelle délégation a renvoyé cette copie&#xa0;?</translation>
    </message>
    <message>
        <source>Proposals of {delegation}</source>
        <translation>Propositions de {delegation}</translation>
    </message>
    <message>
        <source>1 proposal of {delegation} from {name}</source>
        <translation>1 proposition de {delegation} tirée de {name}</translation>
    </message>
    <message>
        <source>{n} proposals of {delegation} from {name}</source>
        <translation>{n} propositions de {delegation} tirées de {name}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>compilation</source>
        <translation>compilation</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>version propre</translation>
    </message>
    <message>
        <source>Export the compilation text</source>
        <translation>Exporter le texte de compilation</translation>
    </message>
    <message>
        <source>Export the clean text</source>
        <translation>Exporter la version propre</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>The draft is not under negotiation: turn on Negotiation Mode.</source>
        <translation>Le projet n’est pas en négociation&#xa0;: activez le mode négociation.</translation>
    </message>
    <message>
        <source>Source of agreed language</source>
        <translation>Source du libellé convenu</translation>
    </message>
    <message>
        <source>Select a paragraph first.</source>
        <translation>Sélectionnez d’abord un paragraphe.</translation>
    </message>
    <message>
        <source>Where the paragraph&apos;s agreed language comes from (symbol and paragraph):</source>
        <translation>Provenance du libellé convenu du paragraphe (cote et paragraphe)&#xa0;:</translation>
    </message>
    <message>
        <source>Silence procedure</source>
        <translation>Procédure d’approbation tacite</translation>
    </message>
    <message>
        <source>Deadline (year-month-day hour:minute):</source>
        <translation>Échéance (année-mois-jour heure:minute)&#xa0;:</translation>
    </message>
    <message>
        <source>Write the deadline as 2025-11-20 18:00.</source>
        <translation>Écrivez l’échéance sous la forme 2025-11-20 18:00.</translation>
    </message>
    <message>
        <source>Start the silence procedure</source>
        <translation>Lancer la procédure d’approbation tacite</translation>
    </message>
    <message>
        <source>Silence broken</source>
        <translation>Approbation tacite rompue</translation>
    </message>
    <message>
        <source>Start a silence procedure and select the paragraph first.</source>
        <translation>Lancez d’abord une procédure d’approbation tacite et sélectionnez le paragraphe.</translation>
    </message>
    <message>
        <source>Which delegation broke silence?</source>
        <translation>Quelle délégation a rompu l’approbation tacite&#xa0;?</translation>
    </message>
    <message>
        <source>Silence broken by {who}</source>
        <translation>Approbation tacite rompue par {who}</translation>
    </message>
</context>
<context>
    <name>NegotiationPanel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Bracketed</source>
        <translation>Entre crochets</translation>
    </message>
    <message>
        <source>Agreed ad ref</source>
        <translation>Approuvé ad referendum</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>1 proposal</source>
        <translation>1 proposition</translation>
    </message>
    <message>
        <source>{n} proposals</source>
        <translation>{n} propositions</translation>
    </message>
    <message>
        <source>delete “{words}”</source>
        <translation>supprimer «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>add “{words}”</source>
        <translation>ajouter «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>new paragraph after it: “{text}”</source>
        <translation>nouveau paragraphe après celui-ci&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>delete the paragraph</source>
        <translation>supprimer le paragraphe</translation>
    </message>
    <message>
        <source>alternative: “{text}”</source>
        <translation>variante&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>collides with an accepted change</source>
        <translation>en conflit avec une modification acceptée</translation>
    </message>
    <message>
        <source>Paragraph status</source>
        <translation>État du paragraphe</translation>
    </message>
    <message>
        <source>Proposals on the paragraph</source>
        <translation>Propositions sur le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>&amp;Open paragraphs only</source>
        <translation>Paragraphes &amp;ouverts seulement</translation>
    </message>
    <message>
        <source>No paragraph selected</source>
        <translation>Aucun paragraphe sélectionné</translation>
    </message>
    <message>
        <source>Not under negotiation</source>
        <translation>Pas en négociation</translation>
    </message>
    <message>
        <source>A paragraph</source>
        <translation>Un paragraphe</translation>
    </message>
    <message>
        <source>Now colliding with it: the proposal by {names}.</source>
        <translation>Désormais en conflit avec elle&#xa0;: la proposition de {names}.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Acceptée.</translation>
    </message>
</context>
<context>
    <name>NoteAgain</name>
    <message>
        <source>Put the cursor in a paragraph, the title or the recommendation to cite a footnote again.</source>
        <translation>Placez le curseur dans un paragraphe, le titre ou la recommandation pour appeler à nouveau une note.</translation>
    </message>
    <message>
        <source>The draft has no numbered footnote to cite again.</source>
        <translation>Le projet n’a aucune note numérotée à appeler à nouveau.</translation>
    </message>
    <message>
        <source>Cite a footnote again</source>
        <translation>Appeler à nouveau une note</translation>
    </message>
    <message>
        <source>Footnote:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoteOps</name>
    <message>
        <source>Put the cursor in a paragraph, the title or the recommendation to add a footnote.</source>
        <translation>Placez le curseur dans un paragraphe, le titre ou la recommandation pour ajouter une note de bas de page.</translation>
    </message>
    <message>
        <source>Insert footnote</source>
        <translation>Insérer une note de bas de page</translation>
    </message>
    <message>
        <source>Footnote text:</source>
        <translation>Texte de la note&#xa0;:</translation>
    </message>
    <message>
        <source>Put the cursor on a footnote mark first.</source>
        <translation>Placez d’abord le curseur sur un appel de note.</translation>
    </message>
</context>
<context>
    <name>OperativePage</name>
    <message>
        <source>Tab starts the next cell; Ctrl+] indents the row</source>
        <translation>Tab passe à la cellule suivante&#xa0;; Ctrl+] met la ligne en retrait</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Front matter</source>
        <translation>En-tête du document</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Typesetting…</source>
        <translation>Composition…</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Typeset pages</source>
        <translation>Pages composées</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>The pages could not be typeset: {message}</source>
        <translation>Les pages n’ont pas pu être composées&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>PartPage</name>
    <message>
        <source>{part}: paragraphs</source>
        <translation>{part}&#xa0;: paragraphes</translation>
    </message>
    <message>
        <source>Opening phrase (printed in italics)</source>
        <translation>Formule d’introduction (imprimée en italique)</translation>
    </message>
    <message>
        <source>Recalling</source>
        <translation>Rappelant</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Prie</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>Texte du paragraphe</translation>
    </message>
    <message>
        <source>&amp;Opening phrase:</source>
        <translation>&amp;Formule d’introduction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>No paragraph: use Insert ▸ Paragraph (Ctrl+Return) to add one.</source>
        <translation>Aucun paragraphe&#xa0;: utilisez Insertion ▸ Paragraphe (Ctrl+Entrée) pour en ajouter un.</translation>
    </message>
    <message>
        <source>Preambular paragraph {label} of the section</source>
        <translation>Alinéa du préambule {label} de la section</translation>
    </message>
    <message>
        <source>Preambular paragraph {n} of {count}</source>
        <translation>Alinéa du préambule {n} sur {count}</translation>
    </message>
    <message>
        <source>Section heading (not numbered)</source>
        <translation>Intertitre (non numéroté)</translation>
    </message>
    <message>
        <source>Sub-paragraph {label}</source>
        <translation>Alinéa {label}</translation>
    </message>
    <message>
        <source>Operative paragraph {label}</source>
        <translation>Paragraphe du dispositif {label}</translation>
    </message>
</context>
<context>
    <name>PhraseOps</name>
    <message>
        <source>Use “{form}”</source>
        <translation>Employer «&#xa0;{form}&#xa0;»</translation>
    </message>
    <message>
        <source>Keep “{phrase}”</source>
        <translation>Conserver «&#xa0;{phrase}&#xa0;»</translation>
    </message>
    <message>
        <source>one paragraph</source>
        <translation>un paragraphe</translation>
    </message>
    <message>
        <source>{n} paragraphs</source>
        <translation>{n} paragraphes</translation>
    </message>
    <message>
        <source>Repeated opening</source>
        <translation>Formule introductive répétée</translation>
    </message>
    <message>
        <source>“{phrase}” already opens {times} above. UN style writes “{form}” here.</source>
        <translation>«&#xa0;{phrase}&#xa0;» ouvre déjà {times} plus haut. Selon l’usage de l’ONU, on écrit ici «&#xa0;{form}&#xa0;».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening: {form}</source>
        <translation>Formule introductive&#xa0;: {form}</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Ajouter ma propre formule</translation>
    </message>
    <message>
        <source>New preambular phrase (kept in your user folder):</source>
        <translation>Nouvelle formule du préambule (conservée dans votre dossier utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <source>New operative verb (kept in your user folder):</source>
        <translation>Nouveau verbe du dispositif (conservé dans votre dossier utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Phrase not added</source>
        <translation>Formule non ajoutée</translation>
    </message>
</context>
<context>
    <name>PhrasePalette</name>
    <message>
        <source>Preambular phrases</source>
        <translation>Formules du préambule</translation>
    </message>
    <message>
        <source>Operative verbs</source>
        <translation>Verbes du dispositif</translation>
    </message>
    <message>
        <source>Set opening phrase</source>
        <translation>Définir la formule introductive</translation>
    </message>
    <message>
        <source>Insert paragraph “{phrase}”</source>
        <translation>Insérer le paragraphe «&#xa0;{phrase}&#xa0;»</translation>
    </message>
    <message>
        <source>Search phrases (e.g. note, request, concern)</source>
        <translation>Rechercher des formules (par exemple note, prie, préoccupation)</translation>
    </message>
    <message>
        <source>Search opening phrases</source>
        <translation>Rechercher des formules introductives</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Opening phrases by meaning</source>
        <translation>Formules introductives par sens</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Second use</source>
        <translation>Deuxième emploi</translation>
    </message>
    <message>
        <source>Third use</source>
        <translation>Troisième emploi</translation>
    </message>
    <message>
        <source>&amp;Add my own phrase…</source>
        <translation>&amp;Ajouter ma propre formule…</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Ajouter ma propre formule</translation>
    </message>
    <message>
        <source>Your phrase list has a problem: </source>
        <translation>Votre liste de formules présente un problème&#xa0;: </translation>
    </message>
    <message>
        <source>preambular phrases</source>
        <translation>formules du préambule</translation>
    </message>
    <message>
        <source>operative verbs</source>
        <translation>verbes du dispositif</translation>
    </message>
    <message>
        <source>{shown} of {count} {where}. Return uses the first.</source>
        <translation>{shown} sur {count} {where}. Entrée emploie la première.</translation>
    </message>
    <message>
        <source>{count} {where}. Double-click or press Return to use one; the second and third columns are the forms for a repeated opening.</source>
        <translation>{count} {where}. Double-cliquez ou appuyez sur Entrée pour en employer une&#x202f;; les deuxième et troisième colonnes donnent les formes d’une formule répétée.</translation>
    </message>
    <message>
        <source>“{phrase}” is already in the list.</source>
        <translation>«&#xa0;{phrase}&#xa0;» figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your delegation</source>
        <translation>Votre délégation</translation>
    </message>
    <message>
        <source>e.g. Costa Rica</source>
        <translation>par exemple Costa Rica</translation>
    </message>
    <message>
        <source>Duty station of new drafts</source>
        <translation>Lieu d’affectation des nouveaux projets</translation>
    </message>
    <message>
        <source>Automatic (from the venue)</source>
        <translation>Automatique (selon le lieu de la réunion)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The duty station&apos;s</source>
        <translation>Celui du lieu d’affectation</translation>
    </message>
    <message>
        <source>Language of new drafts</source>
        <translation>Langue des nouveaux projets</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Recovery copy after (seconds)</source>
        <translation>Copie de récupération après (secondes)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Underline misspelt words as I type</source>
        <translation>Souligner les fautes d’orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Vérifier l’orthographe</translation>
    </message>
    <message>
        <source>Author of tracked changes</source>
        <translation>Auteur des modifications suivies</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>Votre &amp;délégation&#xa0;:</translation>
    </message>
    <message>
        <source>Duty &amp;station of new drafts:</source>
        <translation>&amp;Lieu d’affectation des nouveaux projets&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of new drafts:</source>
        <translation>La&amp;ngue des nouveaux projets&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery copy after:</source>
        <translation>&amp;Copie de récupération après&#xa0;:</translation>
    </message>
    <message>
        <source>Spellin&amp;g:</source>
        <translation>&amp;Orthographe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author of tracked changes:</source>
        <translation>&amp;Auteur des modifications suivies&#xa0;:</translation>
    </message>
    <message>
        <source>Your delegation is added as a sponsor of new drafts and by “Add my delegation”; tracked changes are by your delegation unless another author is given.</source>
        <translation>Votre délégation est ajoutée comme auteur des nouveaux projets et par «&#xa0;Ajouter ma délégation&#xa0;»&#x202f;; les modifications suivies sont attribuées à votre délégation, sauf si un autre auteur est indiqué.</translation>
    </message>
    <message>
        <source>A new interface language takes effect the next time Delegate Editor starts.</source>
        <translation>Une nouvelle langue d’interface prend effet au prochain démarrage de Delegate Editor.</translation>
    </message>
    <message>
        <source>The preferences could not be saved; they hold until you quit.</source>
        <translation>Les préférences n’ont pas pu être enregistrées&#x202f;; elles restent valables jusqu’à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
</context>
<context>
    <name>PresenceMargin</name>
    <message>
        <source>Where the other members are</source>
        <translation>Où se trouvent les autres membres</translation>
    </message>
    <message>
        <source>In this paragraph: {names}</source>
        <translation>Dans ce paragraphe : {names}</translation>
    </message>
</context>
<context>
    <name>PrintOps</name>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Print draft</source>
        <translation>Imprimer le projet</translation>
    </message>
    <message>
        <source>Printed 1 page</source>
        <translation>1 page imprimée</translation>
    </message>
    <message>
        <source>Printed {count} pages</source>
        <translation>{count} pages imprimées</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported {name} ({paper})</source>
        <translation>{name} exporté ({paper})</translation>
    </message>
</context>
<context>
    <name>Richtext</name>
    <message>
        <source>Footnote reference</source>
        <translation>Appel de note</translation>
    </message>
    <message>
        <source>Cross-reference: shows the paragraph&apos;s current number</source>
        <translation>Renvoi&#xa0;: affiche le numéro actuel du paragraphe</translation>
    </message>
</context>
<context>
    <name>SectionMenu</name>
    <message>
        <source>Put the cursor in a section heading or its preambular paragraphs.</source>
        <translation>Placez le curseur dans un intertitre de section ou dans les alinéas de son préambule.</translation>
    </message>
    <message>
        <source>Insert preambular paragraph in section</source>
        <translation>Insérer un alinéa du préambule dans la section</translation>
    </message>
    <message>
        <source>Put the cursor in a section heading.</source>
        <translation>Placez le curseur dans un intertitre de section.</translation>
    </message>
    <message>
        <source>Number section from 1</source>
        <translation>Numéroter la section à partir de 1</translation>
    </message>
    <message>
        <source>Number section on from the one before</source>
        <translation>Numéroter la section à la suite de la précédente</translation>
    </message>
    <message>
        <source>Preambular paragraph in &amp;section</source>
        <translation>Alinéa du préambule dans la &amp;section</translation>
    </message>
    <message>
        <source>A preambular paragraph of the section, printed under its heading</source>
        <translation>Un alinéa du préambule propre à la section, imprimé sous son intertitre</translation>
    </message>
    <message>
        <source>Number section from &amp;1</source>
        <translation>Numéroter la section à partir de &amp;1</translation>
    </message>
    <message>
        <source>The section&apos;s operative paragraphs are numbered from 1 again</source>
        <translation>Les paragraphes du dispositif de la section sont de nouveau numérotés à partir de 1</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “{word}” to My Dictionary</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» à mon dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>Ignorer «&#xa0;{word}&#xa0;»</translation>
    </message>
    <message>
        <source>Word not kept</source>
        <translation>Mot non conservé</translation>
    </message>
</context>
<context>
    <name>SponsorsPanel</name>
    <message>
        <source> (observer State)</source>
        <translation> (État observateur)</translation>
    </message>
    <message>
        <source> (organization)</source>
        <translation> (organisation)</translation>
    </message>
    <message>
        <source>Find a Member State</source>
        <translation>Rechercher un État Membre</translation>
    </message>
    <message>
        <source>Type a name: Russia, UK, USA, Türkiye …</source>
        <translation>Tapez un nom&#xa0;: Russia, UK, USA, Türkiye…</translation>
    </message>
    <message>
        <source>Member States, observer States and the European Union</source>
        <translation>États Membres, États observateurs et Union européenne</translation>
    </message>
    <message>
        <source>Also known as: </source>
        <translation>Également appelé&#xa0;: </translation>
    </message>
    <message>
        <source>&amp;Add as sponsor</source>
        <translation>&amp;Ajouter comme auteur</translation>
    </message>
    <message>
        <source>Add as joined &amp;later</source>
        <translation>Ajouter comme auteur s’étant joint &amp;ultérieurement</translation>
    </message>
    <message>
        <source>Add &amp;my delegation</source>
        <translation>Ajouter &amp;ma délégation</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Sponsors, in UN alphabetical order</source>
        <translation>Auteurs, dans l’ordre alphabétique de l’ONU</translation>
    </message>
    <message>
        <source>Sponsors who joined later</source>
        <translation>Auteurs s’étant joints ultérieurement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Joined later →</source>
        <translation>Joint ultérieurement →</translation>
    </message>
    <message>
        <source>On behalf of (group)</source>
        <translation>Au nom de (groupe)</translation>
    </message>
    <message>
        <source>Submitted by (officer drafts)</source>
        <translation>Présenté par (projets d’un membre du Bureau)</translation>
    </message>
    <message>
        <source>Sponsors line as printed</source>
        <translation>Ligne des auteurs telle qu’imprimée</translation>
    </message>
    <message>
        <source>Sponsors (kept in UN alphabetical order):</source>
        <translation>Auteurs (dans l’ordre alphabétique de l’ONU)&#xa0;:</translation>
    </message>
    <message>
        <source>Joined after the first issue:</source>
        <translation>Se sont joints après la première publication&#xa0;:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>Au &amp;nom de&#xa0;:</translation>
    </message>
    <message>
        <source>Group&apos;s &amp;mark after:</source>
        <translation>Appel du &amp;groupe après&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bmitted by:</source>
        <translation>Pré&amp;senté par&#xa0;:</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Imprimé ainsi&#xa0;:</translation>
    </message>
    <message>
        <source>Paste a list of sponsors</source>
        <translation>Coller une liste d’auteurs</translation>
    </message>
    <message>
        <source>Paste a list from an email, e.g. “{0}”</source>
        <translation>Collez une liste reçue par courriel, par exemple «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Names recognised in the pasted list</source>
        <translation>Noms reconnus dans la liste collée</translation>
    </message>
    <message>
        <source>Add the &amp;recognised names</source>
        <translation>Ajouter les noms &amp;reconnus</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Coller une liste</translation>
    </message>
    <message>
        <source>“{typed}” is not a Member State name</source>
        <translation>«&#xa0;{typed}&#xa0;» n’est pas le nom d’un État Membre</translation>
    </message>
    <message>
        <source>. Did you mean {0}?</source>
        <translation>. Vouliez-vous dire {0}&#x202f;?</translation>
    </message>
    <message>
        <source>{name} joined later</source>
        <translation>{name} s’est joint ultérieurement</translation>
    </message>
    <message>
        <source>✗ {typed}: not a Member State name</source>
        <translation>✗ {typed}&#xa0;: n’est pas le nom d’un État Membre</translation>
    </message>
    <message>
        <source> (did you mean {0}?)</source>
        <translation> (vouliez-vous dire {0}&#x202f;?)</translation>
    </message>
    <message>
        <source>✓ On behalf of {group}</source>
        <translation>✓ Au nom de {group}</translation>
    </message>
    <message>
        <source>✗ On behalf of {group}: not a group the app knows</source>
        <translation>✗ Au nom de {group}&#xa0;: groupe inconnu de l’application</translation>
    </message>
    <message>
        <source>Add pasted sponsors</source>
        <translation>Ajouter les auteurs collés</translation>
    </message>
    <message>
        <source>Not an official name</source>
        <translation>Nom non officiel</translation>
    </message>
    <message>
        <source>Joined later: {names}</source>
        <translation>Se sont joints ultérieurement&#xa0;: {names}</translation>
    </message>
</context>
<context>
    <name>TableRows</name>
    <message>
        <source>Sub-paragraph: lettered item</source>
        <translation>Alinéa&#xa0;: numéroté par lettre</translation>
    </message>
    <message>
        <source>Sub-paragraph: table row</source>
        <translation>Alinéa&#xa0;: ligne de tableau</translation>
    </message>
    <message>
        <source>Sub-paragraph: table heading row</source>
        <translation>Alinéa&#xa0;: ligne d’en-tête de tableau</translation>
    </message>
    <message>
        <source>The table&apos;s row becomes a lettered sub-paragraph again</source>
        <translation>La ligne de tableau redevient un alinéa numéroté par lettre</translation>
    </message>
    <message>
        <source>A row of a table under its paragraph: no letter, Tab starts the next cell</source>
        <translation>Une ligne d’un tableau sous son paragraphe&#xa0;: sans lettre, Tab passe à la cellule suivante</translation>
    </message>
    <message>
        <source>The table&apos;s column heads, repeated at the top of each page it runs onto</source>
        <translation>Les intitulés des colonnes du tableau, répétés en haut de chaque page qu’il occupe</translation>
    </message>
    <message>
        <source>Choose a sub-paragraph of an operative paragraph to make it a table&apos;s row.</source>
        <translation>Choisissez un alinéa d’un paragraphe du dispositif pour en faire une ligne de tableau.</translation>
    </message>
    <message>
        <source>Table heading row under paragraph {label}</source>
        <translation>Ligne d’en-tête de tableau sous le paragraphe {label}</translation>
    </message>
    <message>
        <source>Table row under paragraph {label}</source>
        <translation>Ligne de tableau sous le paragraphe {label}</translation>
    </message>
    <message>
        <source> (Tab starts the next cell)</source>
        <translation> (Tab passe à la cellule suivante)</translation>
    </message>
</context>
<context>
    <name>VersionCommands</name>
    <message>
        <source>Save version “{name}”</source>
        <translation>Enregistrer la version «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Set base text</source>
        <translation>Définir le texte de base</translation>
    </message>
    <message>
        <source>Rename version to “{name}”</source>
        <translation>Renommer la version en «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete version “{name}”</source>
        <translation>Supprimer la version «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>No base text: Set Base Text… takes the resolution or draft this one amends.</source>
        <translation>Pas de texte de base&#xa0;: Définir le texte de base… reprend la résolution ou le projet que celui-ci modifie.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Base text: {what} ({preambular} preambular, {operative} operative paragraphs)</source>
        <translation>Texte de base&#xa0;: {what} ({preambular} alinéas du préambule, {operative} paragraphes du dispositif)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation>Versions du projet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Enregistrer la version…</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Réviser</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Définir le texte de &amp;base…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Compare with Current…</source>
        <translation>&amp;Comparer au texte actuel…</translation>
    </message>
    <message>
        <source>&amp;Revise (Rev.{0})</source>
        <translation>&amp;Réviser (Rev.{0})</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>Name of the version (zero draft, as tabled (L.12), Rev.1, as orally revised …):</source>
        <translation>Nom de la version (avant-projet, tel que présenté (L.12), Rev.1, tel que révisé oralement…)&#xa0;:</translation>
    </message>
    <message>
        <source>Version not saved</source>
        <translation>Version non enregistrée</translation>
    </message>
    <message>
        <source>Version saved: {0}</source>
        <translation>Version enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>no symbol yet</source>
        <translation>pas encore de cote</translation>
    </message>
    <message>
        <source>Now revision {number} ({symbol}); the issued text is the base</source>
        <translation>Désormais révision {number} ({symbol})&#x202f;; le texte publié sert de texte de base</translation>
    </message>
    <message>
        <source>Rename version</source>
        <translation>Renommer la version</translation>
    </message>
    <message>
        <source>New name of the version:</source>
        <translation>Nouveau nom de la version&#xa0;:</translation>
    </message>
    <message>
        <source>Version not renamed</source>
        <translation>Version non renommée</translation>
    </message>
</context>
<context>
    <name>VersionsMenu</name>
    <message>
        <source>New from &amp;Earlier Resolution…</source>
        <translation>Nouveau à partir d’une résolution &amp;antérieure…</translation>
    </message>
    <message>
        <source>A draft based on an adopted resolution or an issued draft, kept as its base text</source>
        <translation>Un projet fondé sur une résolution adoptée ou un projet publié, conservé comme texte de base</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Any two of the base text, the versions and the current text, changes marked</source>
        <translation>Deux textes au choix parmi le texte de base, les versions et le texte actuel, modifications signalées</translation>
    </message>
    <message>
        <source>Set &amp;Base Text…</source>
        <translation>Définir le texte de &amp;base…</translation>
    </message>
    <message>
        <source>Export with &amp;Tracked Changes…</source>
        <translation>Exporter avec les &amp;modifications suivies…</translation>
    </message>
    <message>
        <source>DOCX or ODT with every change from the base or a version as a tracked change</source>
        <translation>DOCX ou ODT où chaque modification par rapport au texte de base ou à une version est une modification suivie</translation>
    </message>
    <message>
        <source>Export &amp;Printable Comparison (PDF)…</source>
        <translation>Exporter une comparaison &amp;imprimable (PDF)…</translation>
    </message>
    <message>
        <source>The typeset pages with the changes marked, for the floor</source>
        <translation>Les pages composées avec les modifications signalées, pour la salle</translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Recommendation line</source>
        <translation>Ligne de recommandation</translation>
    </message>
    <message>
        <source>Lead-in of the operative part</source>
        <translation>Phrase d’introduction du dispositif</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>En-tête du document</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <source>Operative part</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
    <message>
        <source>Footnote {number}</source>
        <translation>Note {number}</translation>
    </message>
    <message>
        <source>A deleted paragraph</source>
        <translation>Un paragraphe supprimé</translation>
    </message>
    <message>
        <source>Preambular paragraph {label}</source>
        <translation>Alinéa {label} du préambule</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Intertitre de section</translation>
    </message>
    <message>
        <source>Sub-paragraph {label}</source>
        <translation>Alinéa {label}</translation>
    </message>
    <message>
        <source>The operative paragraph</source>
        <translation>Le paragraphe du dispositif</translation>
    </message>
    <message>
        <source>Operative paragraph {label}</source>
        <translation>Paragraphe {label} du dispositif</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>{name}, title</source>
        <translation>{name}, titre</translation>
    </message>
    <message>
        <source>{name}, paragraph {k}</source>
        <translation>{name}, paragraphe {k}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a new draft from a template</source>
        <translation>Commencer un nouveau projet à partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a draft or import a document</source>
        <translation>Ouvrir un projet ou importer un document</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Section &amp;heading</source>
        <translation>&amp;Intertitre de section</translation>
    </message>
    <message>
        <source>&amp;Annex</source>
        <translation>&amp;Annexe</translation>
    </message>
    <message>
        <source>A new annex after the current one</source>
        <translation>Une nouvelle annexe après l’annexe en cours</translation>
    </message>
    <message>
        <source>Annex paragraph: {0}</source>
        <translation>Paragraphe d’annexe&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Footnote…</source>
        <translation>&amp;Note de bas de page…</translation>
    </message>
    <message>
        <source>&amp;Go to footnote or reference</source>
        <translation>A&amp;ller à la note ou à l’appel de note</translation>
    </message>
    <message>
        <source>From a footnote mark in the text to its footnote, and back</source>
        <translation>De l’appel de note dans le texte à la note, et retour</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the typeset pages</source>
        <translation>Imprimer les pages composées</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu avant i&amp;mpression…</translation>
    </message>
    <message>
        <source>Export P&amp;DF (A4 or Letter)…</source>
        <translation>Exporter en P&amp;DF (A4 ou Lettre)…</translation>
    </message>
    <message>
        <source>The pages as a PDF</source>
        <translation>Les pages au format PDF</translation>
    </message>
    <message>
        <source>D&amp;uplicate paragraph</source>
        <translation>Dupli&amp;quer le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>Su&amp;pprimer le paragraphe</translation>
    </message>
    <message>
        <source>Move paragraph &amp;up</source>
        <translation>&amp;Monter le paragraphe</translation>
    </message>
    <message>
        <source>Move paragraph do&amp;wn</source>
        <translation>&amp;Descendre le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Indent (make sub-paragraph)</source>
        <translation>&amp;Augmenter le retrait (alinéa subordonné)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Réduire le retrait</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;About Delegate Editor</source>
        <translation>À &amp;propos de Delegate Editor</translation>
    </message>
</context>
</TS>
