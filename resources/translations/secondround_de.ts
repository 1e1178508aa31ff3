<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdvocateStep</name>
    <message>
        <source>What does the hiring manager already know about you, and what did they like?</source>
        <translation>Was weiß die einstellende Führungskraft schon über Sie, und was hat ihr gefallen?</translation>
    </message>
    <message>
        <source>What did round one miss that they could mention for you?</source>
        <translation>Was ist in der ersten Runde zu kurz gekommen, das sie für Sie ansprechen könnte?</translation>
    </message>
    <message>
        <source>The words you will use to hand them the floor, e.g. “Before we start, would you share what we talked about last time?”</source>
        <translation>Die Worte, mit denen Sie ihr das Wort geben, z. B. „Bevor wir anfangen: Möchten Sie kurz zusammenfassen, worüber wir letztes Mal gesprochen haben?“</translation>
    </message>
    <message>
        <source>What they know and liked</source>
        <translation>Was sie weiß und was ihr gefallen hat</translation>
    </message>
    <message>
        <source>What they could add</source>
        <translation>Was sie ergänzen könnte</translation>
    </message>
    <message>
        <source>Your words to invite them to speak</source>
        <translation>Ihre Worte, um ihr das Wort zu geben</translation>
    </message>
    <message>
        <source>Your advocate brief</source>
        <translation>Ihre Fürsprache vorbereiten</translation>
    </message>
    <message>
        <source>Your advocate in the room: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Ihre Fürsprache im Raum: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark the hiring manager on the panel (Overview tab) to see them here.</source>
        <translation>Kennzeichnen Sie die einstellende Führungskraft im Gremium (Reiter Übersicht), um sie hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside SecondRound: {0}

Your saved notes are safe. Details are in {1}.</source>
        <translation>In SecondRound ist ein Fehler aufgetreten: {0}

Ihre gespeicherten Notizen sind sicher. Einzelheiten stehen in {1}.</translation>
    </message>
    <message>
        <source>SecondRound is already running with the data folder {0} (or it is being repaired), and it did not answer. Close it, or wait until it finishes, then start SecondRound again.</source>
        <translation>SecondRound läuft bereits mit dem Datenordner {0} (oder er wird gerade repariert) und hat nicht geantwortet. Schließen Sie es oder warten Sie, bis es fertig ist, und starten Sie SecondRound dann erneut.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
</context>
<context>
    <name>BankModel</name>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Could not change the question</source>
        <translation>Die Frage konnte nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <source>Could not carry out “{0}”</source>
        <translation>„{0}“ konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Could not undo “{0}”</source>
        <translation>„{0}“ konnte nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>{0} — {1}, round {2}</source>
        <translation>{0} — {1}, Runde {2}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Your advocate</source>
        <translation>Ihre Fürsprache</translation>
    </message>
    <message>
        <source>(hiring manager)</source>
        <translation>(einstellende Führungskraft)</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>What they could add: {0}</source>
        <translation>Was sie ergänzen könnte: {0}</translation>
    </message>
    <message>
        <source>No advocate ask prepared.</source>
        <translation>Keine Bitte um Fürsprache vorbereitet.</translation>
    </message>
    <message>
        <source>Who you will meet</source>
        <translation>Wen Sie treffen</translation>
    </message>
    <message>
        <source>The panel is not known yet.</source>
        <translation>Das Gremium ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Fresh point: {0}</source>
        <translation>Neuer Punkt: {0}</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Noch nichts geplant.</translation>
    </message>
    <message>
        <source>Everyone in the room</source>
        <translation>Alle im Raum</translation>
    </message>
    <message>
        <source>What I need to learn to say yes</source>
        <translation>Was ich erfahren muss, um Ja zu sagen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Create Interview with {0}</source>
        <translation>Gespräch mit {0} anlegen</translation>
    </message>
    <message>
        <source>Could not create the interview</source>
        <translation>Das Gespräch konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Wiederherstellen war nicht möglich</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängigmachen war nicht möglich</translation>
    </message>
    <message>
        <source>Delete Interview with {0}</source>
        <translation>Gespräch mit {0} löschen</translation>
    </message>
    <message>
        <source>Could not delete the interview</source>
        <translation>Das Gespräch konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Add {0} to the Panel</source>
        <translation>{0} zum Gremium hinzufügen</translation>
    </message>
    <message>
        <source>Could not add the person</source>
        <translation>Die Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message numerus="yes">
        <source>Add %n People from Earlier Rounds</source>
        <translation>
            <numerusform>%n Person aus früheren Runden hinzufügen</numerusform>
            <numerusform>%n Personen aus früheren Runden hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the people</source>
        <translation>Die Personen konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Remove {0} from the Panel</source>
        <translation>{0} aus dem Gremium entfernen</translation>
    </message>
    <message>
        <source>Could not remove the person</source>
        <translation>Die Person konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>Conversion by round</source>
        <translation>Weiterkommen nach Runde</translation>
    </message>
    <message>
        <source>{0} of {1} advanced</source>
        <translation>{0} von {1} weitergekommen</translation>
    </message>
    <message>
        <source> · {0} pending</source>
        <translation> · {0} offen</translation>
    </message>
    <message>
        <source>{0} pending, none decided yet</source>
        <translation>{0} offen, noch keine entschieden</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Runde {0}</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>{0} of {1} opportunities</source>
        <translation>{0} von {1} Bewerbungen</translation>
    </message>
    <message>
        <source>No rounds with an outcome yet.</source>
        <translation>Noch keine Runden mit Ergebnis.</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>CopyFromPastCommand</name>
    <message>
        <source>Copy Prep from a Past Interview</source>
        <translation>Vorbereitung aus einem vergangenen Gespräch übernehmen</translation>
    </message>
    <message>
        <source>Could not copy the prep</source>
        <translation>Die Vorbereitung konnte nicht kopiert werden</translation>
    </message>
    <message>
        <source>Could not undo the copy</source>
        <translation>Das Kopieren konnte nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>DebriefTab</name>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>The moments that clicked, what they liked</source>
        <translation>Die Momente, in denen es gepasst hat, was gut ankam</translation>
    </message>
    <message>
        <source>What I would say differently</source>
        <translation>Was ich anders sagen würde</translation>
    </message>
    <message>
        <source>An answer you would give another way next time</source>
        <translation>Eine Antwort, die Sie beim nächsten Mal anders geben würden</translation>
    </message>
    <message>
        <source>What I missed</source>
        <translation>Was ich versäumt habe</translation>
    </message>
    <message>
        <source>One item per line: each becomes an agenda item for the next round&apos;s prep</source>
        <translation>Ein Punkt pro Zeile: Jeder wird zu einem Agendapunkt für die Vorbereitung der nächsten Runde</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>What they said happens next, and when</source>
        <translation>Was als Nächstes passiert und wann, laut Ihren Gesprächspartnern</translation>
    </message>
    <message>
        <source>Impression…</source>
        <translation>Eindruck…</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Herzlich</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Kühl</translation>
    </message>
    <message>
        <source>Write it down while it is fresh. Everything saves as you type.</source>
        <translation>Schreiben Sie es auf, solange es frisch ist. Alles wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Notes on {0}</source>
        <translation>Notizen zu {0}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>They asked you</source>
        <translation>Man hat Sie gefragt</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Eindruck</translation>
    </message>
    <message>
        <source>Another question you asked {0} — Enter adds it</source>
        <translation>Eine weitere Frage, die Sie {0} gestellt haben — Eingabetaste fügt sie hinzu</translation>
    </message>
    <message>
        <source>A story or point you told {0} — Enter adds it</source>
        <translation>Eine Geschichte oder ein Punkt, den Sie {0} erzählt haben — Eingabetaste fügt ihn hinzu</translation>
    </message>
    <message>
        <source>Told to the whole panel</source>
        <translation>Dem ganzen Gremium erzählt</translation>
    </message>
    <message>
        <source>Same question, different answers</source>
        <translation>Gleiche Frage, verschiedene Antworten</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tick if you asked it</source>
        <translation>Anhaken, wenn Sie sie gestellt haben</translation>
    </message>
    <message>
        <source>Mark Question Asked</source>
        <translation>Frage als gestellt markieren</translation>
    </message>
    <message>
        <source>Mark Question Not Asked</source>
        <translation>Frage als nicht gestellt markieren</translation>
    </message>
    <message>
        <source>What they answered</source>
        <translation>Was geantwortet wurde</translation>
    </message>
    <message>
        <source>Told: {0}</source>
        <translation>Erzählt: {0}</translation>
    </message>
    <message>
        <source>Tick what you actually said: the next round&apos;s repetition check will know it</source>
        <translation>Haken Sie an, was Sie tatsächlich gesagt haben: Die Wiederholungsprüfung der nächsten Runde weiß dann davon</translation>
    </message>
    <message>
        <source>Mark Point Told</source>
        <translation>Punkt als erzählt markieren</translation>
    </message>
    <message>
        <source>Mark Point Not Told</source>
        <translation>Punkt als nicht erzählt markieren</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add Told Point</source>
        <translation>Erzählten Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Set Outcome</source>
        <translation>Ergebnis festlegen</translation>
    </message>
</context>
<context>
    <name>FileExchange</name>
    <message>
        <source>Import Calendar In&amp;vite…</source>
        <translation>Kalendereinladung im&amp;portieren…</translation>
    </message>
    <message>
        <source>Selected Interview…</source>
        <translation>Ausgewähltes Gespräch…</translation>
    </message>
    <message>
        <source>All Upcoming Interviews…</source>
        <translation>Alle anstehenden Gespräche…</translation>
    </message>
    <message>
        <source>Everything…</source>
        <translation>Alles…</translation>
    </message>
    <message>
        <source>Export to Ca&amp;lendar (.ics)</source>
        <translation>In den &amp;Kalender exportieren (.ics)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown</source>
        <translation>Als &amp;Markdown exportieren</translation>
    </message>
    <message>
        <source>Import Calendar Invite</source>
        <translation>Kalendereinladung importieren</translation>
    </message>
    <message>
        <source>Calendar invites (*.ics *.ical);;All files (*)</source>
        <translation>Kalendereinladungen (*.ics *.ical);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n interviews imported.</source>
        <translation>
            <numerusform>{0}: %n Gespräch importiert.</numerusform>
            <numerusform>{0}: %n Gespräche importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n bereits aktuell</numerusform>
            <numerusform>%n bereits aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked cancelled</source>
        <translation>
            <numerusform>%n als abgesagt markiert</numerusform>
            <numerusform>%n als abgesagt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interviews to {0}. Open the file with your calendar app.</source>
        <translation>
            <numerusform>%n Gespräch nach {0} exportiert. Öffnen Sie die Datei mit Ihrer Kalender-App.</numerusform>
            <numerusform>%n Gespräche nach {0} exportiert. Öffnen Sie die Datei mit Ihrer Kalender-App.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported from these files:

{0}</source>
        <translation>Aus diesen Dateien wurde nichts importiert:

{0}</translation>
    </message>
    <message>
        <source>Interviews from {0}: {1}.</source>
        <translation>Gespräche aus {0}: {1}.</translation>
    </message>
    <message>
        <source>No interview imported from {0}.</source>
        <translation>Aus {0} wurde kein Gespräch importiert.</translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation>Wählen Sie zuerst ein Gespräch aus.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Some changes are not saved yet: {0}</source>
        <translation>Einige Änderungen sind noch nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>{0} - {1}, round {2}</source>
        <comment>a file name</comment>
        <translation>{0} - {1}, Runde {2}</translation>
    </message>
    <message>
        <source>There are no upcoming interviews to export.</source>
        <translation>Es gibt keine anstehenden Gespräche zum Exportieren.</translation>
    </message>
    <message>
        <source>secondround-upcoming.ics</source>
        <comment>a file name</comment>
        <translation>secondround-anstehend.ics</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported the interview to {0}.</source>
        <translation>Das Gespräch wurde nach {0} exportiert.</translation>
    </message>
    <message>
        <source>Export Everything as Markdown</source>
        <translation>Alles als Markdown exportieren</translation>
    </message>
    <message>
        <source>secondround-interviews.md</source>
        <comment>a file name</comment>
        <translation>secondround-gespraeche.md</translation>
    </message>
    <message>
        <source>Exported everything to {0}.</source>
        <translation>Alles nach {0} exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FitStep</name>
    <message>
        <source>Your criteria for saying yes</source>
        <translation>Ihre Kriterien für ein Ja</translation>
    </message>
    <message>
        <source>What do you need to learn to say yes? e.g. “A clear path to lead”</source>
        <translation>Was müssen Sie erfahren, um Ja zu sagen? z. B. „Ein klarer Weg zur Führungsrolle“</translation>
    </message>
    <message>
        <source>The answer, after the interview</source>
        <translation>Die Antwort, nach dem Gespräch</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation>Dieses Kriterium entfernen</translation>
    </message>
    <message>
        <source>Add Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>A criterion cannot be empty; remove it instead.</source>
        <translation>Ein Kriterium darf nicht leer sein; entfernen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Could not prepare the thank-you notes</source>
        <translation>Die Dankesschreiben konnten nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Add the people on the panel (Overview tab): each gets a thank-you here.</source>
        <translation>Tragen Sie die Personen des Gremiums ein (Reiter Übersicht): Jede erhält hier ein Dankesschreiben.</translation>
    </message>
    <message>
        <source>Thank-you to {0}</source>
        <translation>Dankesschreiben an {0}</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation>das Gremium</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Mark Thank-you Sent</source>
        <translation>Dankesschreiben als gesendet markieren</translation>
    </message>
    <message>
        <source>Mark Thank-you Not Sent</source>
        <translation>Dankesschreiben als nicht gesendet markieren</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Press “Write Draft” for a note that cites what they said</source>
        <translation>Drücken Sie „Entwurf schreiben“ für ein Schreiben, das zitiert, was die Person gesagt hat</translation>
    </message>
    <message>
        <source>Write Draft</source>
        <translation>Entwurf schreiben</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in Mail App</source>
        <translation>In der Mail-App öffnen</translation>
    </message>
    <message>
        <source>Could not write the draft</source>
        <translation>Der Entwurf konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Dear {0},</source>
        <translation>Hallo {0},</translation>
    </message>
    <message>
        <source>Thank you for taking the time to meet me on {0} about the {1} role at {2}.</source>
        <translation>vielen Dank, dass Sie sich am {0} Zeit für das Gespräch über die Stelle als {1} bei {2} genommen haben.</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>die Stelle</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>dem Team</translation>
    </message>
    <message>
        <source>I especially valued your answer when I asked “{0}”: {1}.</source>
        <translation>Besonders wertvoll war mir Ihre Antwort auf meine Frage „{0}“: {1}.</translation>
    </message>
    <message>
        <source>I keep thinking about what you said: {0}.</source>
        <translation>Was Sie gesagt haben, geht mir noch nach: {0}.</translation>
    </message>
    <message>
        <source>You asked me about {0}, and I would be glad to say more.</source>
        <translation>Sie haben mich nach Folgendem gefragt: {0}. Dazu erzähle ich Ihnen gern mehr.</translation>
    </message>
    <message>
        <source>It confirmed how much I would like to contribute to the team.</source>
        <translation>Das Gespräch hat mich darin bestärkt, wie gern ich zum Team beitragen möchte.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <source>Thank you</source>
        <comment>the subject of the email</comment>
        <translation>Vielen Dank</translation>
    </message>
</context>
<context>
    <name>FreshPointsStep</name>
    <message>
        <source>What earlier rounds covered</source>
        <translation>Was frühere Runden behandelt haben</translation>
    </message>
    <message>
        <source>Add something you said in an earlier round, then press Enter</source>
        <translation>Tragen Sie etwas ein, das Sie in einer früheren Runde gesagt haben, und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>What did round one miss? What would you like the panel to know?</source>
        <translation>Was ist in der ersten Runde offen geblieben? Was soll das Gremium wissen?</translation>
    </message>
    <message>
        <source>What else the earlier rounds missed</source>
        <translation>Was in früheren Runden sonst noch offen blieb</translation>
    </message>
    <message>
        <source>Fresh points, person by person</source>
        <translation>Neue Punkte, Person für Person</translation>
    </message>
    <message>
        <source>No earlier round of this opportunity is in the app. Write down what you told them in round one, so that your plan for this round can bring something new.</source>
        <translation>Zu dieser Bewerbung ist keine frühere Runde in der App. Notieren Sie, was Sie in der ersten Runde erzählt haben, damit Ihr Plan für diese Runde etwas Neues bringen kann.</translation>
    </message>
    <message>
        <source>From your earlier rounds in the app:</source>
        <translation>Aus Ihren früheren Runden in der App:</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Runde {0}</translation>
    </message>
    <message>
        <source> — to {0}</source>
        <translation> — an {0}</translation>
    </message>
    <message>
        <source>Nothing recorded as told in this round yet.</source>
        <translation>Für diese Runde ist noch nichts als erzählt vermerkt.</translation>
    </message>
    <message>
        <source>Agenda — round {0} missed:</source>
        <translation>Agenda — in Runde {0} offen geblieben:</translation>
    </message>
    <message>
        <source>The whole panel</source>
        <translation>Das ganze Gremium</translation>
    </message>
    <message>
        <source>Add the people on the panel (Overview tab) to plan points person by person.</source>
        <translation>Tragen Sie die Personen des Gremiums ein (Reiter Übersicht), um Punkte Person für Person zu planen.</translation>
    </message>
    <message>
        <source>A fresh point about how the role works with them — Enter adds it</source>
        <translation>Ein neuer Punkt dazu, wie die Stelle mit dieser Person zusammenarbeitet — Eingabetaste fügt ihn hinzu</translation>
    </message>
    <message>
        <source>A point for everyone in the room — Enter adds it</source>
        <translation>Ein Punkt für alle im Raum — Eingabetaste fügt ihn hinzu</translation>
    </message>
    <message>
        <source>New point for {0}</source>
        <translation>Neuer Punkt für {0}</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Point</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Move Point</source>
        <translation>Punkt verschieben</translation>
    </message>
    <message>
        <source>Keep Point</source>
        <translation>Punkt beibehalten</translation>
    </message>
    <message>
        <source>A point cannot be empty; remove it instead.</source>
        <translation>Ein Punkt darf nicht leer sein; entfernen Sie ihn stattdessen.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>This is not a SecondRound export: the file holds {0} where a JSON object was expected.</source>
        <translation>Dies ist kein Export von SecondRound: Die Datei enthält {0}, wo ein JSON-Objekt erwartet wurde.</translation>
    </message>
    <message>
        <source>This is not a SecondRound export: it has no “format” where “{0}” was expected.</source>
        <translation>Dies ist kein Export von SecondRound: Es fehlt „format“, wo „{0}“ erwartet wurde.</translation>
    </message>
    <message>
        <source>This is not a SecondRound export: it has “format” {0} where “{1}” was expected.</source>
        <translation>Dies ist kein Export von SecondRound: Er hat „format“ {0}, wo „{1}“ erwartet wurde.</translation>
    </message>
    <message>
        <source>This SecondRound export has no valid “version” (a whole number such as 1); it cannot be read.</source>
        <translation>Dieser Export von SecondRound hat keine gültige „version“ (eine ganze Zahl wie 1); er kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of SecondRound (export format version {0}; this version reads up to {1}). Update SecondRound to import it.</source>
        <translation>Diese Datei stammt von einer neueren Version von SecondRound (Exportformat Version {0}; diese Version liest bis {1}). Aktualisieren Sie SecondRound, um sie zu importieren.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>unknown field (not part of the export format)</source>
        <translation>unbekanntes Feld (nicht Teil des Exportformats)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. 1 problem found:</source>
        <translation>Die Datei kann nicht importiert werden; es wurde nichts geändert. 1 Problem gefunden:</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was changed. {0} problems found:</source>
        <translation>Die Datei kann nicht importiert werden; es wurde nichts geändert. {0} Probleme gefunden:</translation>
    </message>
    <message>
        <source>- {0}</source>
        <translation>- {0}</translation>
    </message>
    <message>
        <source>- …and 1 more problem</source>
        <translation>- …und 1 weiteres Problem</translation>
    </message>
    <message>
        <source>- …and {0} more problems</source>
        <translation>- …und {0} weitere Probleme</translation>
    </message>
    <message>
        <source>{0}: {1} is used twice (also at {2})</source>
        <translation>{0}: {1} kommt doppelt vor (auch bei {2})</translation>
    </message>
    <message>
        <source>{0}: person {1} is not one of this opportunity&apos;s people</source>
        <translation>{0}: Person {1} gehört nicht zu den Personen dieser Bewerbung</translation>
    </message>
    <message>
        <source>{0}: person {1} is on the panel twice</source>
        <translation>{0}: Person {1} ist zweimal im Gremium</translation>
    </message>
    <message>
        <source>{0}: question {1} is not in the question_bank</source>
        <translation>{0}: Frage {1} ist nicht in question_bank</translation>
    </message>
    <message>
        <source>{0}: “{1}” appears twice</source>
        <translation>{0}: „{1}“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>{0} is too large to import (more than {1} MB). An export from SecondRound is far smaller; check that this is the right file.</source>
        <translation>{0} ist zu groß für einen Import (mehr als {1} MB). Ein Export von SecondRound ist viel kleiner; prüfen Sie, ob dies die richtige Datei ist.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>{0} kann nicht gelesen werden: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a SecondRound export: it is not UTF-8 text (byte {1} cannot be read).</source>
        <translation>{0} ist kein Export von SecondRound: Die Datei ist kein UTF-8-Text (Byte {1} kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>{0} is empty; there is nothing to import.</source>
        <translation>{0} ist leer; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1} at line {2}, column {3}.</source>
        <translation>{0} ist kein gültiges JSON: {1} in Zeile {2}, Spalte {3}.</translation>
    </message>
    <message>
        <source>{0} is not a SecondRound export: its JSON is nested too deeply.</source>
        <translation>{0} ist kein Export von SecondRound: Das JSON ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>{0} is not valid JSON: {1}.</source>
        <translation>{0} ist kein gültiges JSON: {1}.</translation>
    </message>
    <message>
        <source>{0} holds no calendar event, so there is nothing to import.</source>
        <translation>{0} enthält keinen Kalendertermin, es gibt also nichts zu importieren.</translation>
    </message>
    <message>
        <source>event {0}: {1}</source>
        <translation>Termin {0}: {1}</translation>
    </message>
    <message>
        <source>the event: {0}</source>
        <translation>der Termin: {0}</translation>
    </message>
    <message>
        <source>“{0}” repeats; only its first date was imported.</source>
        <translation>„{0}“ wiederholt sich; nur der erste Termin wurde importiert.</translation>
    </message>
    <message>
        <source>{0} cannot be imported; nothing was changed.</source>
        <translation>{0} kann nicht importiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>An event without a title</source>
        <translation>Ein Termin ohne Titel</translation>
    </message>
    <message>
        <source>an event without a title</source>
        <translation>ein Termin ohne Titel</translation>
    </message>
    <message>
        <source>Skipped {0}: it was cancelled.</source>
        <translation>Übersprungen: {0} – er wurde abgesagt.</translation>
    </message>
    <message>
        <source>{0} is too large for a calendar invitation (more than {1} MB).</source>
        <translation>{0} ist zu groß für eine Kalendereinladung (mehr als {1} MB).</translation>
    </message>
    <message>
        <source>{0} is not a calendar file: it is not text.</source>
        <translation>{0} ist keine Kalenderdatei: Sie enthält keinen Text.</translation>
    </message>
    <message>
        <source>{0} is not a calendar file (it starts with “{1}”); expected an .ics invitation.</source>
        <translation>{0} ist keine Kalenderdatei (sie beginnt mit „{1}“); erwartet wurde eine .ics-Einladung.</translation>
    </message>
    <message>
        <source>{0} is not a calendar file (it is empty); expected an .ics invitation.</source>
        <translation>{0} ist keine Kalenderdatei (sie ist leer); erwartet wurde eine .ics-Einladung.</translation>
    </message>
    <message>
        <source>{0} is a damaged calendar file and cannot be read; nothing was changed. ({1})</source>
        <translation>{0} ist eine beschädigte Kalenderdatei und kann nicht gelesen werden; es wurde nichts geändert. ({1})</translation>
    </message>
    <message>
        <source>{0} is a damaged calendar file: it ends before its calendar does (was it cut off?). Nothing was changed.</source>
        <translation>{0} ist eine beschädigte Kalenderdatei: Sie endet vor ihrem Kalender (wurde sie abgeschnitten?). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>it has no UID, so a later update could not find it again</source>
        <translation>er hat keine UID, daher könnte eine spätere Aktualisierung ihn nicht wiederfinden</translation>
    </message>
    <message>
        <source>{0} has no readable start time (DTSTART)</source>
        <translation>{0} hat keine lesbare Startzeit (DTSTART)</translation>
    </message>
    <message>
        <source>{0} has more than one start time (DTSTART)</source>
        <translation>{0} hat mehr als eine Startzeit (DTSTART)</translation>
    </message>
    <message>
        <source>Skipped {0}: it lasts all day and has no start time.</source>
        <translation>Übersprungen: {0} – er dauert den ganzen Tag und hat keine Startzeit.</translation>
    </message>
    <message>
        <source>its time zone “{0}” is unknown and not described in the file</source>
        <translation>seine Zeitzone „{0}“ ist unbekannt und in der Datei nicht beschrieben</translation>
    </message>
    <message>
        <source>its time zone gives no offset for the start time</source>
        <translation>seine Zeitzone ergibt keinen Versatz für die Startzeit</translation>
    </message>
    <message>
        <source>it has more than one end time (DTEND)</source>
        <translation>er hat mehr als eine Endzeit (DTEND)</translation>
    </message>
    <message>
        <source>it has more than one DURATION</source>
        <translation>er hat mehr als eine DURATION</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>e.g. Northwind Analytics</source>
        <translation>z. B. Northwind Analytics</translation>
    </message>
    <message>
        <source>e.g. Senior Data Engineer</source>
        <translation>z. B. Senior Data Engineer</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>how to type a date</comment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <comment>how to type a time</comment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Address, building, floor</source>
        <translation>Adresse, Gebäude, Stockwerk</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Stelle</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Rou&amp;nd</source>
        <translation>Ru&amp;nde</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Meeting lin&amp;k</source>
        <translation>Besprechungs&amp;link</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>In this computer&apos;s time zone; hover over a time to see the interview&apos;s own</source>
        <translation>In der Zeitzone dieses Computers; zeigen Sie auf eine Uhrzeit, um die des Gesprächs zu sehen</translation>
    </message>
    <message>
        <source>How much of the prep checklist is done; ⚠ marks open warnings</source>
        <translation>Wie viel der Vorbereitungs-Checkliste erledigt ist; ⚠ kennzeichnet offene Hinweise</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Round {0} · {1}</source>
        <translation>Runde {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n people on the panel</source>
        <translation>
            <numerusform>%n Person im Gremium</numerusform>
            <numerusform>%n Personen im Gremium</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} checklist items done</source>
        <translation>{0} von {1} Punkten der Checkliste erledigt</translation>
    </message>
    <message>
        <source>{0}, {1}, round {2}, {3}, panel of {4}</source>
        <translation>{0}, {1}, Runde {2}, {3}, Gremium mit {4}</translation>
    </message>
</context>
<context>
    <name>InterviewWorkspace</name>
    <message>
        <source>Anything worth keeping: what you know about the team, what to bring, what to ask…</source>
        <translation>Alles, was sich festzuhalten lohnt: was Sie über das Team wissen, was Sie mitbringen, was Sie fragen möchten…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>&amp;Panel — who you will meet</source>
        <translation>&amp;Gremium — wen Sie treffen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>P&amp;rep</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>N&amp;achbereitung</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Nach&amp;fassen</translation>
    </message>
    <message>
        <source>place not set</source>
        <translation>Ort nicht festgelegt</translation>
    </message>
    <message>
        <source>Round {0} · {1} · {2} · {3} · {4}</source>
        <translation>Runde {0} · {1} · {2} · {3} · {4}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Potential boss</source>
        <translation>Künftige Führungskraft</translation>
    </message>
    <message>
        <source>Boss&apos;s boss</source>
        <translation>Vorgesetzte der Vorgesetzten</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Peer from another team</source>
        <translation>Kollegin oder Kollege aus einem anderen Team</translation>
    </message>
    <message>
        <source>HR or recruiter</source>
        <translation>Personalabteilung oder Recruiting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abschlussgespräch</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Fresh points</source>
        <translation>Neue Punkte</translation>
    </message>
    <message>
        <source>Your advocate</source>
        <translation>Ihre Fürsprache</translation>
    </message>
    <message>
        <source>Frank questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Is it a fit?</source>
        <translation>Passt es?</translation>
    </message>
    <message>
        <source>Company and role</source>
        <translation>Unternehmen und Stelle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Gesprächspunkt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Fit criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Checklist note</source>
        <translation>Notiz zur Checkliste</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format: weekday, day, month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format: day, month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Today {0}</source>
        <translation>Heute {0}</translation>
    </message>
    <message>
        <source>Tomorrow {0}</source>
        <translation>Morgen {0}</translation>
    </message>
    <message>
        <source>Yesterday {0}</source>
        <translation>Gestern {0}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>Qt date format: weekday, day, month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>{0}, {1} ({2})</source>
        <comment>date, time of day (time zone)</comment>
        <translation>{0}, {1} Uhr ({2})</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} Std. {1} Min.</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} Std.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find company, role or person (Ctrl+F)</source>
        <translation>Unternehmen, Stelle oder Person suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find interviews</source>
        <translation>Gespräche suchen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfälliges Nachfassen</translation>
    </message>
    <message>
        <source>Get ready for your second round</source>
        <translation>Bereiten Sie sich auf Ihre zweite Runde vor</translation>
    </message>
    <message>
        <source>SecondRound keeps each upcoming interview, the people on its panel and your notes in one place on this computer.

Start by adding the interview you are preparing for: the company, the role, when it is and who you will meet. Or load a few sample interviews to look around first.</source>
        <translation>SecondRound hält jedes anstehende Gespräch, die Personen seines Gremiums und Ihre Notizen an einem Ort auf diesem Computer zusammen.

Legen Sie zuerst das Gespräch an, auf das Sie sich vorbereiten: das Unternehmen, die Stelle, den Termin und wen Sie treffen werden. Oder laden Sie einige Beispielgespräche, um sich erst einmal umzusehen.</translation>
    </message>
    <message>
        <source>&amp;New Interview…  (Ctrl+N)</source>
        <translation>&amp;Neues Gespräch…  (Strg+N)</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Beispiel&amp;daten laden</translation>
    </message>
    <message>
        <source>Select an interview on the left, or press Ctrl+N to add one.</source>
        <translation>Wählen Sie links ein Gespräch aus oder legen Sie mit Strg+N eines an.</translation>
    </message>
    <message>
        <source>&amp;New Interview…</source>
        <translation>&amp;Neues Gespräch…</translation>
    </message>
    <message>
        <source>&amp;Export All as JSON…</source>
        <translation>Alles als JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet (PDF and Markdown)…</source>
        <translation>&amp;Spickzettel (PDF und Markdown)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Interview</source>
        <translation>Gespräch &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Debrief the Latest Interview</source>
        <translation>Letztes Gespräch nach&amp;bereiten</translation>
    </message>
    <message>
        <source>Debrief This Interview</source>
        <translation>Dieses Gespräch nachbereiten</translation>
    </message>
    <message>
        <source>Add &amp;Person to Panel</source>
        <translation>&amp;Person zum Gremium hinzufügen</translation>
    </message>
    <message>
        <source>Go to &amp;Notes</source>
        <translation>Zu den &amp;Notizen</translation>
    </message>
    <message>
        <source>Go to &amp;List</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Anstehend</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Vergangen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SecondRound</source>
        <translation>&amp;Über SecondRound</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Could not read the interviews</source>
        <translation>Die Gespräche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Upcoming ({0})</source>
        <translation>Anstehend ({0})</translation>
    </message>
    <message>
        <source>Past ({0})</source>
        <translation>Vergangen ({0})</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation>Nichts passt zu „{0}“.</translation>
    </message>
    <message>
        <source>No upcoming interviews.
Press Ctrl+N to add one.</source>
        <translation>Keine anstehenden Gespräche.
Mit Strg+N legen Sie eines an.</translation>
    </message>
    <message>
        <source>No past interviews yet.
They appear here once their time has passed.</source>
        <translation>Noch keine vergangenen Gespräche.
Sie erscheinen hier, sobald ihr Termin vorbei ist.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>a person and their company</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation>das Gremium</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n thank-you notes overdue: {0}{1}</source>
        <translation>
            <numerusform>⚠ Dankesschreiben überfällig: {0}{1}</numerusform>
            <numerusform>⚠ %n Dankesschreiben überfällig: {0}{1}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>what failed: why</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Open the follow-ups of {0}</source>
        <translation>Das Nachfassen bei {0} öffnen</translation>
    </message>
    <message>
        <source>Could not open the interview</source>
        <translation>Das Gespräch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The changes to this interview&apos;s details cannot be saved:

{0}

Go back and fix them, or discard these changes?</source>
        <translation>Die Änderungen an den Angaben dieses Gesprächs können nicht gespeichert werden:

{0}

Zurückgehen und korrigieren oder diese Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>No interview has started yet: nothing to debrief.</source>
        <translation>Noch hat kein Gespräch begonnen: Es gibt nichts nachzubereiten.</translation>
    </message>
    <message>
        <source>Deleted the interview with {0}. Press Ctrl+Z to undo.</source>
        <translation>Das Gespräch mit {0} wurde gelöscht. Mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not load the sample data</source>
        <translation>Die Beispieldaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Added {0} sample interviews.</source>
        <translation>{0} Beispielgespräche hinzugefügt.</translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation>Wählen Sie zuerst ein Gespräch aus.</translation>
    </message>
    <message>
        <source>Could not make the cheat sheet</source>
        <translation>Der Spickzettel konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cheat sheet - {0}.pdf</source>
        <translation>Spickzettel - {0}.pdf</translation>
    </message>
    <message>
        <source>Save Cheat Sheet</source>
        <translation>Spickzettel speichern</translation>
    </message>
    <message>
        <source>Could not save the cheat sheet</source>
        <translation>Der Spickzettel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {0} and {1}.</source>
        <translation>{0} und {1} gespeichert.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Some changes are not saved yet: {0}</source>
        <translation>Einige Änderungen sind noch nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Export All as JSON</source>
        <translation>Alles als JSON exportieren</translation>
    </message>
    <message>
        <source>secondround-export.json</source>
        <comment>a file name</comment>
        <translation>secondround-export.json</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported everything to {0}.</source>
        <translation>Alles nach {0} exportiert.</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported {0} interviews from {1}.</source>
        <translation>{0} Gespräche aus {1} importiert.</translation>
    </message>
    <message>
        <source>Remove a person from the panel</source>
        <translation>Eine Person aus dem Gremium entfernen</translation>
    </message>
    <message>
        <source>Del, in the panel table</source>
        <translation>Entf, in der Tabelle des Gremiums</translation>
    </message>
    <message>
        <source>Go to a step of the prep walk</source>
        <translation>Zu einem Schritt der Vorbereitung springen</translation>
    </message>
    <message>
        <source>Next or previous prep step</source>
        <translation>Nächster oder vorheriger Vorbereitungsschritt</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Zwischen Feldern wechseln</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>A tab or field by its underlined letter</source>
        <translation>Ein Reiter oder Feld über seinen unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+Buchstabe</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About SecondRound</source>
        <translation>Über SecondRound</translation>
    </message>
    <message>
        <source>&lt;b&gt;SecondRound {0}&lt;/b&gt;&lt;p&gt;Prepare for a second-round interview, capture it while memory is fresh, and review it before the next one.&lt;/p&gt;&lt;p&gt;Your notes stay on this computer:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;SecondRound {0}&lt;/b&gt;&lt;p&gt;Bereiten Sie sich auf ein Gespräch der zweiten Runde vor, halten Sie es fest, solange die Erinnerung frisch ist, und sehen Sie es vor dem nächsten noch einmal durch.&lt;/p&gt;&lt;p&gt;Ihre Notizen bleiben auf diesem Computer:&lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try again, export the unsaved text to a file, or quit and lose it?</source>
        <translation>Erneut versuchen, den ungesicherten Text in eine Datei exportieren oder beenden und ihn verlieren?</translation>
    </message>
    <message>
        <source>Try again, or quit and lose them?</source>
        <translation>Erneut versuchen oder beenden und sie verlieren?</translation>
    </message>
    <message>
        <source>Go back and fix them, or quit and lose them?</source>
        <translation>Zurückgehen und korrigieren oder beenden und sie verlieren?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Some changes are not saved:

{0}

{1}</source>
        <translation>Einige Änderungen sind nicht gespeichert:

{0}

{1}</translation>
    </message>
    <message>
        <source>&amp;Export Unsaved Text…</source>
        <translation>Ungesicherten Text &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Unsaved Text</source>
        <translation>Ungesicherten Text exportieren</translation>
    </message>
    <message>
        <source>secondround-unsaved.txt</source>
        <comment>a file name</comment>
        <translation>secondround-nicht-gespeichert.txt</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>SecondRound: text that could not be saved, written {0}</source>
        <translation>SecondRound: Text, der nicht gespeichert werden konnte, geschrieben {0}</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New Interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>People you met in earlier rounds — ticked ones join this panel:</source>
        <translation>Personen aus früheren Runden — angehakte kommen in dieses Gremium:</translation>
    </message>
    <message>
        <source>People met in earlier rounds</source>
        <translation>In früheren Runden getroffene Personen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>OpportunityListModel</name>
    <message numerus="yes">
        <source>%n rounds</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1}, %n rounds</source>
        <translation>
            <numerusform>{0}, {1}, %n Runde</numerusform>
            <numerusform>{0}, {1}, %n Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message>
        <source>Panel</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>No one on the panel yet. Add the people you will meet below.</source>
        <translation>Noch niemand im Gremium. Tragen Sie unten die Personen ein, die Sie treffen werden.</translation>
    </message>
    <message>
        <source>Remove from Panel</source>
        <translation>Aus dem Gremium entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Relation to the role</source>
        <translation>Beziehung zur Stelle</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected person from this panel (Del)</source>
        <translation>Die ausgewählte Person aus diesem Gremium entfernen (Entf)</translation>
    </message>
    <message>
        <source>From Earlier Rounds</source>
        <translation>Aus früheren Runden</translation>
    </message>
    <message>
        <source>Add people you met in earlier rounds of this opportunity</source>
        <translation>Personen hinzufügen, die Sie in früheren Runden dieser Bewerbung getroffen haben</translation>
    </message>
    <message>
        <source>No one from earlier rounds who is not on this panel already</source>
        <translation>Niemand aus früheren Runden, der nicht schon in diesem Gremium ist</translation>
    </message>
    <message numerus="yes">
        <source>Add All %n from Earlier Rounds</source>
        <translation>
            <numerusform>%n Person aus früheren Runden hinzufügen</numerusform>
            <numerusform>Alle %n aus früheren Runden hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Relation to the role</source>
        <translation>Beziehung zur Stelle</translation>
    </message>
</context>
<context>
    <name>PointRow</name>
    <message>
        <source>Talking point</source>
        <translation>Gesprächspunkt</translation>
    </message>
    <message>
        <source>To the whole panel</source>
        <translation>An das ganze Gremium</translation>
    </message>
    <message>
        <source>Told to</source>
        <translation>Erzählt</translation>
    </message>
    <message>
        <source>Landed?</source>
        <translation>Angekommen?</translation>
    </message>
    <message>
        <source>It landed</source>
        <translation>Ist angekommen</translation>
    </message>
    <message>
        <source>Fell flat</source>
        <translation>Kam nicht an</translation>
    </message>
    <message>
        <source>Did it land?</source>
        <translation>Ist es angekommen?</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove this point</source>
        <translation>Diesen Punkt entfernen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Keep this point as it is; it will not be flagged again</source>
        <translation>Diesen Punkt so lassen; er wird nicht erneut markiert</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Edit the point to bring a new angle</source>
        <translation>Bearbeiten Sie den Punkt, um einen neuen Blickwinkel einzubringen</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation>das Gremium</translation>
    </message>
    <message>
        <source>⚠ This repeats what {0} heard in round {1}: “{2}”</source>
        <translation>⚠ Das wiederholt, was {0} in Runde {1} gehört hat: „{2}“</translation>
    </message>
</context>
<context>
    <name>PrepTab</name>
    <message>
        <source>Step {0}: {1} (Alt+{0})</source>
        <translation>Schritt {0}: {1} (Alt+{0})</translation>
    </message>
    <message>
        <source>← &amp;Previous Step</source>
        <translation>← Vor&amp;heriger Schritt</translation>
    </message>
    <message>
        <source>Ne&amp;xt Step →</source>
        <translation>Nä&amp;chster Schritt →</translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Your potential boss</source>
        <translation>Ihre künftige Führungskraft</translation>
    </message>
    <message>
        <source>Your boss&apos;s boss</source>
        <translation>Die Vorgesetzten Ihrer Führungskraft</translation>
    </message>
    <message>
        <source>The hiring manager</source>
        <translation>Die einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Add your own question to the bank</source>
        <translation>Eigene Frage zum Fragenkatalog hinzufügen</translation>
    </message>
    <message>
        <source>Ask whom</source>
        <translation>Wen fragen</translation>
    </message>
    <message>
        <source>&amp;Assign Question</source>
        <translation>Frage &amp;zuordnen</translation>
    </message>
    <message>
        <source>Assign the selected bank question (or double-click it, or press Enter)</source>
        <translation>Die ausgewählte Frage aus dem Katalog zuordnen (oder doppelklicken oder die Eingabetaste drücken)</translation>
    </message>
    <message>
        <source>Or type your own question for them and press Enter</source>
        <translation>Oder schreiben Sie eine eigene Frage für diese Person und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Your questions, person by person</source>
        <translation>Ihre Fragen, Person für Person</translation>
    </message>
    <message>
        <source>Anyone on the panel</source>
        <translation>Jede Person im Gremium</translation>
    </message>
    <message>
        <source>No question for {0} yet.</source>
        <translation>Noch keine Frage für {0}.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Ask earlier</source>
        <translation>Früher fragen</translation>
    </message>
    <message>
        <source>Ask later</source>
        <translation>Später fragen</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Diese Frage entfernen</translation>
    </message>
    <message>
        <source>Assign Question</source>
        <translation>Frage zuordnen</translation>
    </message>
    <message>
        <source>Could not add the question</source>
        <translation>Die Frage konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>A question cannot be empty; remove it instead.</source>
        <translation>Eine Frage darf nicht leer sein; entfernen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Move Question</source>
        <translation>Frage verschieben</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>Frage entfernen</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>1 planned point repeats round one</source>
        <translation>1 geplanter Punkt wiederholt die erste Runde</translation>
    </message>
    <message>
        <source>{0} planned points repeat round one</source>
        <translation>{0} geplante Punkte wiederholen die erste Runde</translation>
    </message>
    <message>
        <source>No question for {0}</source>
        <translation>Keine Frage für {0}</translation>
    </message>
    <message>
        <source>No advocate ask prepared</source>
        <translation>Keine Bitte um Fürsprache vorbereitet</translation>
    </message>
</context>
<context>
    <name>ReadinessMeter</name>
    <message>
        <source>Ready %p%</source>
        <translation>Bereit: %p %</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Vorbereitungsstand</translation>
    </message>
    <message>
        <source>{0} of {1} checklist items done</source>
        <translation>{0} von {1} Punkten der Checkliste erledigt</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Thank-you due</source>
        <translation>Dankesschreiben fällig</translation>
    </message>
    <message>
        <source>Interview in less than an hour</source>
        <translation>Gespräch in weniger als einer Stunde</translation>
    </message>
    <message>
        <source>Interview tomorrow</source>
        <translation>Gespräch morgen</translation>
    </message>
    <message>
        <source>Send your thank-you to {0} ({1}).</source>
        <translation>Senden Sie Ihr Dankesschreiben an {0} ({1}).</translation>
    </message>
    <message>
        <source>{0}: {1} — {2}</source>
        <translation>{0}: {1} — {2}</translation>
    </message>
    <message>
        <source>{0}: {1} — {2}, ready {3}%</source>
        <translation>{0}: {1} — {2}, zu {3} % vorbereitet</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
    <message>
        <source>SecondRound reminders</source>
        <translation>Erinnerungen von SecondRound</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data is backed up first, so this step can itself be undone by restoring that backup.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre aktuellen Daten werden vorher gesichert, sodass sich auch dieser Schritt durch Wiederherstellen dieser Sicherung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <source>&amp;Talking points (as planned points)</source>
        <translation>&amp;Gesprächspunkte (als geplante Punkte)</translation>
    </message>
    <message>
        <source>&amp;Questions (not yet asked)</source>
        <translation>&amp;Fragen (noch nicht gestellt)</translation>
    </message>
    <message>
        <source>&amp;Fit criteria (without answers)</source>
        <translation>K&amp;riterien (ohne Antworten)</translation>
    </message>
    <message>
        <source>&amp;Advocate brief (where this interview&apos;s is still blank)</source>
        <translation>Für&amp;sprache (wo die dieses Gesprächs noch leer ist)</translation>
    </message>
    <message>
        <source>Reuse Prep from a Past Interview</source>
        <translation>Vorbereitung aus einem vergangenen Gespräch übernehmen</translation>
    </message>
    <message>
        <source>Copy into &lt;b&gt;{0}&lt;/b&gt;. Copies start afresh; what this interview already has is kept.</source>
        <translation>Nach &lt;b&gt;{0}&lt;/b&gt; kopieren. Kopien beginnen neu; was dieses Gespräch schon enthält, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Past interviews</source>
        <translation>Vergangene Gespräche</translation>
    </message>
    <message>
        <source>No other interview has points, questions or fit criteria to reuse yet.</source>
        <translation>Noch kein anderes Gespräch hat Punkte, Fragen oder Kriterien, die sich übernehmen lassen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ReuseSourceModel</name>
    <message numerus="yes">
        <source>%n talking points</source>
        <translation>
            <numerusform>%n Gesprächspunkt</numerusform>
            <numerusform>%n Gesprächspunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fit criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1} · Round {2} · {3}</source>
        <translation>{0} — {1} · Runde {2} · {3}</translation>
    </message>
</context>
<context>
    <name>ReviewFeatures</name>
    <message>
        <source>Search Everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Review Past Interviews</source>
        <translation>Vergangene Gespräche im &amp;Rückblick</translation>
    </message>
    <message>
        <source>Reuse Prep from a &amp;Past Interview…</source>
        <translation>Vorbereitung aus einem &amp;vergangenen Gespräch übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rückblick</translation>
    </message>
    <message>
        <source>Select the interview to copy into first, then choose Reuse Prep.</source>
        <translation>Wählen Sie zuerst das Gespräch, in das kopiert werden soll, und dann „Vorbereitung übernehmen“.</translation>
    </message>
    <message>
        <source>Choose another interview to copy from.</source>
        <translation>Wählen Sie ein anderes Gespräch als Quelle.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n items. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n Eintrag kopiert. Mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>%n Einträge kopiert. Mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to copy.</source>
        <translation>Nichts Neues zu kopieren.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Review — SecondRound</source>
        <translation>Rückblick — SecondRound</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Story ledger</source>
        <translation>Geschichtenbuch</translation>
    </message>
    <message>
        <source>Points you mark as told in a debrief appear here, with whom you told them to.</source>
        <translation>Punkte, die Sie in einer Nachbereitung als erzählt markieren, erscheinen hier, zusammen mit der Person, der Sie sie erzählt haben.</translation>
    </message>
    <message>
        <source>How far your interviews got</source>
        <translation>Wie weit Ihre Gespräche gekommen sind</translation>
    </message>
    <message>
        <source>Questions you asked most</source>
        <translation>Ihre häufigsten Fragen</translation>
    </message>
    <message>
        <source>Answers that stood out</source>
        <translation>Bemerkenswerte Antworten</translation>
    </message>
    <message>
        <source>The longest answers you wrote down (at least {0} words): a simple rule of thumb, since a long answer is usually a frank one worth re-reading before the next round.</source>
        <translation>Die längsten Antworten, die Sie notiert haben (mindestens {0} Wörter): eine einfache Faustregel, denn eine lange Antwort ist meist eine offene, die man vor der nächsten Runde noch einmal lesen sollte.</translation>
    </message>
    <message>
        <source>Story ledger — which point you told to whom</source>
        <translation>Geschichtenbuch — welchen Punkt Sie wem erzählt haben</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;What worked</source>
        <translation>&amp;Was funktioniert hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Could not read the interviews: {0}</source>
        <translation>Die Gespräche konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>No interviews yet. Add one with Ctrl+N in the main window.</source>
        <translation>Noch keine Gespräche. Legen Sie im Hauptfenster mit Strg+N eines an.</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source> (you marked it {0})</source>
        <translation> (von Ihnen markiert: {0})</translation>
    </message>
    <message>
        <source>No rounds yet.</source>
        <translation>Noch keine Runden.</translation>
    </message>
    <message>
        <source>Round {0} · {1}</source>
        <translation>Runde {0} · {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reuse its prep…</source>
        <translation>Vorbereitung übernehmen…</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a person met for the first time</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>Met: </source>
        <translation>Getroffen: </translation>
    </message>
    <message>
        <source>No one recorded on the panel.</source>
        <translation>Niemand im Gremium eingetragen.</translation>
    </message>
    <message>
        <source> — due {0}</source>
        <translation> — fällig {0}</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation>das Gremium</translation>
    </message>
    <message>
        <source>Thank-you to {0}</source>
        <translation>Dankesschreiben an {0}</translation>
    </message>
    <message>
        <source>Follow-up to {0}</source>
        <translation>Nachfassen bei {0}</translation>
    </message>
    <message numerus="yes">
        <source>asked %n times</source>
        <translation>
            <numerusform>einmal gestellt</numerusform>
            <numerusform>%n-mal gestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the questions you asked in a debrief; the ones you ask most appear here.</source>
        <translation>Haken Sie in der Nachbereitung die gestellten Fragen an; die häufigsten erscheinen hier.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>{0} · {1}, round {2} · {3} words</source>
        <translation>{0} · {1}, Runde {2} · {3} Wörter</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>No long answers written down yet.</source>
        <translation>Noch keine langen Antworten notiert.</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>SaveManager</name>
    <message>
        <source>An unexpected error happened (details are in the log).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten (Einzelheiten stehen im Protokoll).</translation>
    </message>
    <message>
        <source>Not saved — {0} Retrying…</source>
        <translation>Nicht gespeichert — {0} Neuer Versuch…</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation>Nicht gespeichert — {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search everything you wrote (Ctrl+K)</source>
        <translation>Alles durchsuchen, was Sie geschrieben haben (Strg+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Any round</source>
        <translation>Jede Runde</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Runde {0}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Alle Unternehmen</translation>
    </message>
    <message>
        <source>Could not search: {0}</source>
        <translation>Die Suche ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Type to search companies, roles, people, notes, talking points, questions and answers, and follow-ups. Words can be partial: “kube” finds Kubernetes.</source>
        <translation>Tippen Sie, um Unternehmen, Stellen, Personen, Notizen, Gesprächspunkte, Fragen und Antworten sowie das Nachfassen zu durchsuchen. Wörter dürfen unvollständig sein: „kube“ findet Kubernetes.</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”.</source>
        <translation>Nichts passt zu „{0}“.</translation>
    </message>
    <message numerus="yes">
        <source>in %n interviews</source>
        <translation>
            <numerusform>in %n Gespräch</numerusform>
            <numerusform>in %n Gesprächen</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {0} matches, {1}. Add a word to narrow them.</source>
        <translation>Die ersten {0} Treffer, {1}. Ergänzen Sie ein Wort, um sie einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>a number of matches, then in how many interviews</comment>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Prep · Fresh points</source>
        <translation>Vorbereitung · Neue Punkte</translation>
    </message>
    <message>
        <source>Prep · Your advocate</source>
        <translation>Vorbereitung · Ihre Fürsprache</translation>
    </message>
    <message>
        <source>Prep · Frank questions</source>
        <translation>Vorbereitung · Offene Fragen</translation>
    </message>
    <message>
        <source>Prep · Is it a fit?</source>
        <translation>Vorbereitung · Passt es?</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message numerus="yes">
        <source>%n matches in this interview. Enter opens it.</source>
        <translation>
            <numerusform>%n Treffer in diesem Gespräch. Die Eingabetaste öffnet es.</numerusform>
            <numerusform>%n Treffer in diesem Gespräch. Die Eingabetaste öffnet es.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} in {1}: {2}</source>
        <translation>{0} in {1}: {2}</translation>
    </message>
    <message>
        <source>{0} · {1}
{2}</source>
        <translation>{0} · {1}
{2}</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1} · Round {2} · {3} · {4}</source>
        <translation>{0} — {1} · Runde {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>Round {0} · {1} · {2} · {3}</source>
        <translation>Runde {0} · {1} · {2} · {3}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Everything stays on this computer, readable by your user account only.</source>
        <translation>Alles bleibt auf diesem Computer und ist nur für Ihr Benutzerkonto lesbar.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Neueste:</translation>
    </message>
    <message>
        <source>A backup is taken when the app starts (once a day), every 30 minutes while you work and when you quit, if something changed. SecondRound keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>Eine Sicherung entsteht beim Start der App (einmal am Tag), alle 30 Minuten während der Arbeit und beim Beenden, wenn sich etwas geändert hat. SecondRound behält 7 tägliche, 4 wöchentliche und 12 monatliche Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A &amp;day before an interview</source>
        <translation>Einen &amp;Tag vor einem Gespräch</translation>
    </message>
    <message>
        <source>An &amp;hour before an interview</source>
        <translation>Eine St&amp;unde vor einem Gespräch</translation>
    </message>
    <message>
        <source>When a &amp;thank-you is due</source>
        <translation>Wenn ein &amp;Dankesschreiben fällig ist</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications where the desktop shows them, otherwise in a bar above the list of interviews.</source>
        <translation>Erinnerungen erscheinen als Benachrichtigungen des Desktops, wo dieser sie anzeigt, sonst in einer Leiste über der Liste der Gespräche.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language, also that of the prep guidance, takes effect when you restart SecondRound.</source>
        <translation>Die neue Sprache, auch die der Hinweise zur Vorbereitung, gilt nach einem Neustart von SecondRound.</translation>
    </message>
    <message>
        <source>{0}  (backups kept: {1})</source>
        <translation>{0}  (aufbewahrte Sicherungen: {1})</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <source>The folder could not be opened:
{0}</source>
        <translation>Der Ordner konnte nicht geöffnet werden:
{0}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Some changes are not saved yet, so nothing was restored:

{0}</source>
        <translation>Einige Änderungen sind noch nicht gespeichert, daher wurde nichts wiederhergestellt:

{0}</translation>
    </message>
    <message>
        <source>Replace your data with the backup taken {0}?

Your current data is backed up first, so you can go back to it.</source>
        <translation>Ihre Daten durch die Sicherung vom {0} ersetzen?

Ihre aktuellen Daten werden vorher gesichert, sodass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>

Your data from before is kept as:
{0}</source>
        <translation>

Ihre bisherigen Daten sind aufbewahrt als:
{0}</translation>
    </message>
    <message>
        <source>Restored the backup taken {0}.</source>
        <translation>Die Sicherung vom {0} wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>{0} — opening…</source>
        <translation>{0} — wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening your interviews…</source>
        <translation>Ihre Gespräche werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note for: {0}</source>
        <translation>Notiz zu: {0}</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database was damaged ({0}). It was kept, untouched, as:
{1}</source>
        <translation>Die Datenbank war beschädigt ({0}). Sie wurde unverändert aufbewahrt als:
{1}</translation>
    </message>
    <message>
        <source>The database was damaged (it failed the integrity check). It was kept, untouched, as:
{0}</source>
        <translation>Die Datenbank war beschädigt (sie hat die Integritätsprüfung nicht bestanden). Sie wurde unverändert aufbewahrt als:
{0}</translation>
    </message>
    <message>
        <source>Your data was restored from the newest good backup, taken {0}. Changes made after that are not in it.</source>
        <translation>Ihre Daten wurden aus der neuesten fehlerfreien Sicherung vom {0} wiederhergestellt. Spätere Änderungen sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>No good backup was found, so SecondRound starts with an empty database.</source>
        <translation>Es wurde keine fehlerfreie Sicherung gefunden, daher startet SecondRound mit einer leeren Datenbank.</translation>
    </message>
    <message>
        <source>1 newer backup failed the check and was skipped.</source>
        <translation>1 neuere Sicherung hat die Prüfung nicht bestanden und wurde übersprungen.</translation>
    </message>
    <message>
        <source>{0} newer backups failed the check and were skipped.</source>
        <translation>{0} neuere Sicherungen haben die Prüfung nicht bestanden und wurden übersprungen.</translation>
    </message>
    <message>
        <source>There is no database at {0} to back up.</source>
        <translation>Unter {0} gibt es keine Datenbank, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>Could not back up {0} into {1}</source>
        <translation>{0} konnte nicht nach {1} gesichert werden</translation>
    </message>
    <message>
        <source>The backup of {0} was not kept: {1} The database itself may be damaged: run `secondround check`.</source>
        <translation>Die Sicherung von {0} wurde nicht aufbewahrt: {1} Die Datenbank selbst ist womöglich beschädigt: Führen Sie `secondround check` aus.</translation>
    </message>
    <message>
        <source>Could not back up {0}</source>
        <translation>{0} konnte nicht gesichert werden</translation>
    </message>
    <message>
        <source>the copy failed its integrity check ({0}).</source>
        <translation>die Kopie hat die Integritätsprüfung nicht bestanden ({0}).</translation>
    </message>
    <message>
        <source>The backup {0} cannot be restored: {1}. Nothing was changed.</source>
        <translation>Die Sicherung {0} kann nicht wiederhergestellt werden: {1}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not restore {0}</source>
        <translation>{0} konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The restored database failed its check ({0}). The data from before is in {1}.</source>
        <translation>Die wiederhergestellte Datenbank hat die Prüfung nicht bestanden ({0}). Die bisherigen Daten liegen in {1}.</translation>
    </message>
    <message>
        <source>The restored database failed its check ({0}).</source>
        <translation>Die wiederhergestellte Datenbank hat die Prüfung nicht bestanden ({0}).</translation>
    </message>
    <message>
        <source>The database {0} is damaged, and it could not be moved aside to keep it safe ({1}). Nothing was changed.</source>
        <translation>Die Datenbank {0} ist beschädigt und konnte nicht zur sicheren Aufbewahrung beiseitegelegt werden ({1}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Cannot create the data folder {0}: {1}.</source>
        <translation>Der Datenordner {0} kann nicht angelegt werden: {1}.</translation>
    </message>
    <message>
        <source>The database is locked by another program.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so changes cannot be written there.</source>
        <translation>Der Datenordner ist schreibgeschützt, daher können dort keine Änderungen gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie etwas Platz.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check the data folder&apos;s permissions.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error while saving.</source>
        <translation>Der Datenträger hat beim Speichern einen Ein-/Ausgabefehler gemeldet.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run `secondround check` for details.</source>
        <translation>Die Datenbankdatei ist beschädigt. Führen Sie `secondround check` aus, um Einzelheiten zu erfahren.</translation>
    </message>
    <message>
        <source>Permission denied: {0}.</source>
        <translation>Zugriff verweigert: {0}.</translation>
    </message>
    <message>
        <source>Permission denied: the data folder.</source>
        <translation>Zugriff verweigert: der Datenordner.</translation>
    </message>
    <message>
        <source>The system refused the write: {0}.</source>
        <translation>Das System hat das Schreiben verweigert: {0}.</translation>
    </message>
    <message>
        <source>Cannot open the database {0}: {1}.</source>
        <translation>Die Datenbank {0} kann nicht geöffnet werden: {1}.</translation>
    </message>
    <message>
        <source>{0} is a database, but not one of SecondRound&apos;s. It was left untouched.</source>
        <translation>{0} ist eine Datenbank, aber keine von SecondRound. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{0} is not a readable SecondRound database ({1}). It was left untouched; run `secondround check` for details.</source>
        <translation>{0} ist keine lesbare Datenbank von SecondRound ({1}). Sie wurde nicht verändert; führen Sie `secondround check` aus, um Einzelheiten zu erfahren.</translation>
    </message>
    <message>
        <source>This database ({0}) was written by a newer version of SecondRound (schema {1}). Please update the app; the file was left untouched.</source>
        <translation>Diese Datenbank ({0}) stammt von einer neueren Version von SecondRound (Schema {1}). Bitte aktualisieren Sie die App; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it: {0}.</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht gesichert werden: {0}.</translation>
    </message>
    <message>
        <source>Could not upgrade the database: {0}. A backup of it is at {1}.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden: {0}. Eine Sicherung liegt unter {1}.</translation>
    </message>
    <message>
        <source>Could not upgrade the database: {0}.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden: {0}.</translation>
    </message>
    <message>
        <source>Could not write the PDF to {0}.</source>
        <translation>Das PDF konnte nicht nach {0} geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StoryLedgerModel</name>
    <message>
        <source>Story or point</source>
        <translation>Geschichte oder Punkt</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>den Raum</translation>
    </message>
    <message>
        <source>R{0}</source>
        <translation>R{0}</translation>
    </message>
    <message>
        <source>Told to {0} ({1}) in round {2}</source>
        <translation>{0} ({1}) in Runde {2} erzählt</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Unknown part of the debrief: {0}.</source>
        <translation>Unbekannter Teil der Nachbereitung: {0}.</translation>
    </message>
    <message>
        <source>Unknown impression: {0}.</source>
        <translation>Unbekannter Eindruck: {0}.</translation>
    </message>
    <message>
        <source>That interview no longer exists.</source>
        <translation>Dieses Gespräch gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Unknown outcome: {0}.</source>
        <translation>Unbekanntes Ergebnis: {0}.</translation>
    </message>
    <message>
        <source>That point no longer exists.</source>
        <translation>Diesen Punkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This follow-up has no person to write to.</source>
        <translation>Zu diesem Nachfassen gibt es keine Person, der Sie schreiben könnten.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Dieses Nachfassen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no interview with id {0}.</source>
        <translation>Es gibt kein Gespräch mit der ID {0}.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Unknown kind of interview: {0}.</source>
        <translation>Unbekannte Art von Gespräch: {0}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unknown relation: {0}.</source>
        <translation>Unbekannte Beziehung: {0}.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Diese Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That person is not on this panel.</source>
        <translation>Diese Person ist nicht in diesem Gremium.</translation>
    </message>
    <message>
        <source>That person does not belong to this opportunity.</source>
        <translation>Diese Person gehört nicht zu dieser Bewerbung.</translation>
    </message>
    <message>
        <source>Write the point first.</source>
        <translation>Schreiben Sie zuerst den Punkt.</translation>
    </message>
    <message>
        <source>Unknown kind of point: {0}.</source>
        <translation>Unbekannte Art von Punkt: {0}.</translation>
    </message>
    <message>
        <source>Unknown checklist item: {0}.</source>
        <translation>Unbekannter Punkt der Checkliste: {0}.</translation>
    </message>
    <message>
        <source>Unknown audience: {0}.</source>
        <translation>Unbekannte Zielgruppe: {0}.</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Schreiben Sie zuerst die Frage.</translation>
    </message>
    <message>
        <source>A question cannot be empty.</source>
        <translation>Eine Frage darf nicht leer sein.</translation>
    </message>
    <message>
        <source>That question no longer exists.</source>
        <translation>Diese Frage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Write the criterion first.</source>
        <translation>Schreiben Sie zuerst das Kriterium.</translation>
    </message>
    <message>
        <source>That criterion no longer exists.</source>
        <translation>Dieses Kriterium gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A criterion cannot be empty.</source>
        <translation>Ein Kriterium darf nicht leer sein.</translation>
    </message>
    <message>
        <source>That opportunity no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Choose another interview to copy from.</source>
        <translation>Wählen Sie ein anderes Gespräch als Quelle.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Enter the date, e.g. 2026-12-03.</source>
        <translation>Geben Sie das Datum ein, z. B. 2026-12-03.</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Use the form 2026-12-03.</source>
        <translation>„{0}“ ist kein Datum. Verwenden Sie die Form 2026-12-03.</translation>
    </message>
    <message>
        <source>There is no month {0}; months go from 1 to 12.</source>
        <translation>Einen Monat {0} gibt es nicht; Monate gehen von 1 bis 12.</translation>
    </message>
    <message>
        <source>The year {0} is out of range.</source>
        <translation>Das Jahr {0} liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>There is no {0} {1} {2}.</source>
        <translation>Den {0}. {1} {2} gibt es nicht.</translation>
    </message>
    <message>
        <source>Enter the time, e.g. 14:00.</source>
        <translation>Geben Sie die Uhrzeit ein, z. B. 14:00.</translation>
    </message>
    <message>
        <source>“{0}” is not a time. Use the form 14:00.</source>
        <translation>„{0}“ ist keine Uhrzeit. Verwenden Sie die Form 14:00.</translation>
    </message>
    <message>
        <source>“{0}” is not a time: with am/pm the hour goes from 1 to 12.</source>
        <translation>„{0}“ ist keine Uhrzeit: Mit am/pm geht die Stunde von 1 bis 12.</translation>
    </message>
    <message>
        <source>“{0}” is not a time of day.</source>
        <translation>„{0}“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>“{0}” is not a known time zone (e.g. Europe/Berlin).</source>
        <translation>„{0}“ ist keine bekannte Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>{0} does not exist on {1} in {2}: the clocks skip it for daylight saving time.</source>
        <translation>{0} Uhr gibt es am {1} in {2} nicht: Die Uhren überspringen diese Zeit wegen der Sommerzeit.</translation>
    </message>
    <message>
        <source>“{0}” is not a web link. Paste the full address, starting with https://.</source>
        <translation>„{0}“ ist kein Weblink. Fügen Sie die vollständige Adresse ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>“{0}” has no valid host name.</source>
        <translation>„{0}“ hat keinen gültigen Hostnamen.</translation>
    </message>
    <message>
        <source>“{0}” is not an email address.</source>
        <translation>„{0}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>Bitte füllen Sie „{0}“ aus.</translation>
    </message>
    <message>
        <source>{0} is too long (at most 200 characters).</source>
        <translation>„{0}“ ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The round must be between 1 and {0}.</source>
        <translation>Die Runde muss zwischen 1 und {0} liegen.</translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 12 hours.</source>
        <translation>Die Dauer muss zwischen 5 Minuten und 12 Stunden liegen.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Sicherung fehlgeschlagen: {0}</translation>
    </message>
</context>
</TS>
