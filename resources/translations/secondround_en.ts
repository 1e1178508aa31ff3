<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Add %n People from Earlier Rounds</source>
        <translation>
            <numerusform>Add %n Person from Earlier Rounds</numerusform>
            <numerusform>Add %n People from Earlier Rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileExchange</name>
    <message numerus="yes">
        <source>{0}: %n interviews imported.</source>
        <translation>
            <numerusform>{0}: %n interview imported.</numerusform>
            <numerusform>{0}: %n interviews imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked cancelled</source>
        <translation>
            <numerusform>%n marked cancelled</numerusform>
            <numerusform>%n marked cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interviews to {0}. Open the file with your calendar app.</source>
        <translation>
            <numerusform>Exported %n interview to {0}. Open the file with your calendar app.</numerusform>
            <numerusform>Exported %n interviews to {0}. Open the file with your calendar app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message numerus="yes">
        <source>%n people on the panel</source>
        <translation>
            <numerusform>%n person on the panel</numerusform>
            <numerusform>%n people on the panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n thank-you notes overdue: {0}{1}</source>
        <translation>
            <numerusform>⚠ Thank-you note overdue: {0}{1}</numerusform>
            <numerusform>⚠ %n thank-you notes overdue: {0}{1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityListModel</name>
    <message numerus="yes">
        <source>%n rounds</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}, {1}, %n rounds</source>
        <translation>
            <numerusform>{0}, {1}, %n round</numerusform>
            <numerusform>{0}, {1}, %n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message numerus="yes">
        <source>Add All %n from Earlier Rounds</source>
        <translation>
            <numerusform>Add %n Person from Earlier Rounds</numerusform>
            <numerusform>Add All %n from Earlier Rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReuseSourceModel</name>
    <message numerus="yes">
        <source>%n talking points</source>
        <translation>
            <numerusform>%n talking point</numerusform>
            <numerusform>%n talking points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fit criteria</source>
        <translation>
            <numerusform>%n fit criterion</numerusform>
            <numerusform>%n fit criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFeatures</name>
    <message numerus="yes">
        <source>Copied %n items. Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Copied %n item. Press Ctrl+Z to undo.</numerusform>
            <numerusform>Copied %n items. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>asked %n times</source>
        <translation>
            <numerusform>asked once</numerusform>
            <numerusform>asked %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>in %n interviews</source>
        <translation>
            <numerusform>in %n interview</numerusform>
            <numerusform>in %n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n matches in this interview. Enter opens it.</source>
        <translation>
            <numerusform>%n match in this interview. Enter opens it.</numerusform>
            <numerusform>%n matches in this interview. Enter opens it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
</TS>
