<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ApplicationActions</name>
    <message numerus="yes">
        <source>The check finds %n problem(s); head office will reject the application at registration unless they are fixed. Submit anyway?</source>
        <translation><numerusform>The check finds %n problem; head office will reject the application at registration unless they are fixed. Submit anyway?</numerusform><numerusform>The check finds %n problems; head office will reject the application at registration unless they are fixed. Submit anyway?</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message numerus="yes">
        <source>Total (average of %n evaluator(s)): %1 of %2</source>
        <translation><numerusform>Total (average of %n evaluator): %1 of %2</numerusform><numerusform>Total (average of %n evaluators): %1 of %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) would stop this application at registration. Click a problem to go to what needs fixing.</source>
        <translation><numerusform>%n problem would stop this application at registration. Click a problem to go to what needs fixing.</numerusform><numerusform>%n problems would stop this application at registration. Click a problem to go to what needs fixing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>%n complete diagnostic(s) will be printed.</source>
        <translation><numerusform>%n complete diagnostic will be printed.</numerusform><numerusform>%n complete diagnostics will be printed.</numerusform></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message numerus="yes">
        <source>%n report(s) written to %1</source>
        <translation><numerusform>%n report written to %1</numerusform><numerusform>%n reports written to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DimensionPage</name>
    <message numerus="yes">
        <source>Dimension %1 of %2 · weight %3 · %n question(s)</source>
        <translation><numerusform>Dimension %1 of %2 · weight %3 · %n question</numerusform><numerusform>Dimension %1 of %2 · weight %3 · %n questions</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s) seen on this computer.</source>
        <translation><numerusform>%n change seen on this computer.</numerusform><numerusform>%n changes seen on this computer.</numerusform></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation><numerusform>%n row exported to %1</numerusform><numerusform>%n rows exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) not exported</source>
        <translation><numerusform>%n change not exported</numerusform><numerusform>%n changes not exported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not been exported for more than a day. Close anyway? (Sync → Export or Sync with a central file sends them.)</source>
        <translation><numerusform>%n change made on this computer has not been exported for more than a day. Close anyway? (Sync → Export or Sync with a central file sends it.)</numerusform><numerusform>%n changes made on this computer have not been exported for more than a day. Close anyway? (Sync → Export or Sync with a central file sends them.)</numerusform></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message numerus="yes">
        <source>Applications accepted %1; %2 to select. %n application(s), %3 evaluated, %4 selected.</source>
        <translation><numerusform>Applications accepted %1; %2 to select. %n application, %3 evaluated, %4 selected.</numerusform><numerusform>Applications accepted %1; %2 to select. %n applications, %3 evaluated, %4 selected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n application(s) selected and %1 not selected? Each change is kept in the application's history.</source>
        <translation><numerusform>Mark %n application selected and %1 not selected? Each change is kept in the application's history.</numerusform><numerusform>Mark %n applications selected and %1 not selected? Each change is kept in the application's history.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncJobs</name>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation><numerusform>%n record written to %1.</numerusform><numerusform>%n records written to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: the device that made them may not make them, or the proof of who made them does not hold.</source>
        <translation><numerusform>%n change refused: the device that made it may not make it, or the proof of who made it does not hold.</numerusform><numerusform>%n changes refused: the device that made them may not make them, or the proof of who made them does not hold.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused: as many records of the device that made them are held back here as are kept. Discard those that will never apply (Held back) and sync again.</source>
        <translation><numerusform>%n record refused: as many records of the device that made it are held back here as are kept. Discard those that will never apply (Held back) and sync again.</numerusform><numerusform>%n records refused: as many records of the device that made them are held back here as are kept. Discard those that will never apply (Held back) and sync again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) of duplicate organizations not applied: the merge rule refuses them.</source>
        <translation><numerusform>%n merge of duplicate organizations not applied: the merge rule refuses it.</numerusform><numerusform>%n merges of duplicate organizations not applied: the merge rule refuses them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held back: this computer's clock is behind the changes this database already holds. They are kept, not applied; set this computer's date and time, and the next import applies them.</source>
        <translation><numerusform>%n record held back: this computer's clock is behind the changes this database already holds. It is kept, not applied; set this computer's date and time, and the next import applies it.</numerusform><numerusform>%n records held back: this computer's clock is behind the changes this database already holds. They are kept, not applied; set this computer's date and time, and the next import applies them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held back: stamped too far ahead of this computer's clock. They are kept, not applied; correct that computer's clock, date its changes again there (Sync view) and sync again.</source>
        <translation><numerusform>%n record held back: stamped too far ahead of this computer's clock. It is kept, not applied; correct that computer's clock, date its changes again there (Sync view) and sync again.</numerusform><numerusform>%n records held back: stamped too far ahead of this computer's clock. They are kept, not applied; correct that computer's clock, date its changes again there (Sync view) and sync again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held back: signed by a device this computer's device list does not hold yet. They are kept, not applied; take the current programme file and sync again.</source>
        <translation><numerusform>%n conflict held back: signed by a device this computer's device list does not hold yet. It is kept, not applied; take the current programme file and sync again.</numerusform><numerusform>%n conflicts held back: signed by a device this computer's device list does not hold yet. They are kept, not applied; take the current programme file and sync again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held earlier applied now.</source>
        <translation><numerusform>%n record held earlier applied now.</numerusform><numerusform>%n records held earlier applied now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) held earlier dropped: the computer that made them dated them again.</source>
        <translation><numerusform>%n record held earlier dropped: the computer that made it dated it again.</numerusform><numerusform>%n records held earlier dropped: the computer that made them dated them again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Created the central file %1 with %n record(s).</source>
        <translation><numerusform>Created the central file %1 with %n record.</numerusform><numerusform>Created the central file %1 with %n records.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the central file refused on this computer (damaged or changed, unsigned, or from a device it does not know); the rest was synced.</source>
        <translation><numerusform>%n part of the central file refused on this computer (damaged or changed, unsigned, or from a device it does not know); the rest was synced.</numerusform><numerusform>%n parts of the central file refused on this computer (damaged or changed, unsigned, or from a device it does not know); the rest was synced.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written back to %1.</source>
        <translation><numerusform>%n record written back to %1.</numerusform><numerusform>%n records written back to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n change(s) made on this computer have not been exported yet.</source>
        <translation><numerusform>%n change made on this computer have not been exported yet.</numerusform><numerusform>%n changes made on this computer have not been exported yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received are held back, kept aside until they can be applied.</source>
        <translation><numerusform>%n record received is held back, kept aside until it can be applied.</numerusform><numerusform>%n records received are held back, kept aside until they can be applied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation><numerusform>…and %n more</numerusform><numerusform>…and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this computer are dated up to %1, later than its clock reads now (%2); other computers hold them back until then. If the clock is right now, it was far ahead when they were made: date them again. If it is not, set this computer's date and time.</source>
        <translation><numerusform>%n change made on this computer is dated up to %1, later than its clock reads now (%2); other computers hold it back until then. If the clock is right now, it was far ahead when it was made: date it again. If it is not, set this computer's date and time.</numerusform><numerusform>%n changes made on this computer are dated up to %1, later than its clock reads now (%2); other computers hold them back until then. If the clock is right now, it was far ahead when they were made: date them again. If it is not, set this computer's date and time.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock reads %1. Is that the right date and time?

If it is, %n change(s) dated up to %2 are dated again now and go out with the next export or sync. If it is not, answer No and set the clock first.</source>
        <translation><numerusform>This computer's clock reads %1. Is that the right date and time?

If it is, %n change dated up to %2 is dated again now and goes out with the next export or sync. If it is not, answer No and set the clock first.</numerusform><numerusform>This computer's clock reads %1. Is that the right date and time?

If it is, %n changes dated up to %2 are dated again now and go out with the next export or sync. If it is not, answer No and set the clock first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dated again with this computer's clock; the next export or sync sends them.</source>
        <translation><numerusform>%n change dated again with this computer's clock; the next export or sync sends them.</numerusform><numerusform>%n changes dated again with this computer's clock; the next export or sync sends them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message numerus="yes">
        <source>Discard %n held record(s)? This computer will not apply them, even once it could. The computer that sent them still has them and may send them again.</source>
        <translation><numerusform>Discard %n held record? This computer will not apply it, even once it could. The computer that sent it still has it and may send it again.</numerusform><numerusform>Discard %n held records? This computer will not apply them, even once it could. The computer that sent them still has them and may send them again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n held record(s) discarded.</source>
        <translation><numerusform>%n held record discarded.</numerusform><numerusform>%n held records discarded.</numerusform></translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message numerus="yes">
        <source>Programme file written to %1 (%n person(s) in it). A consultant joins with it after comparing head office's fingerprint by phone.</source>
        <translation><numerusform>Programme file written to %1 (%n person in it). A consultant joins with it after comparing head office's fingerprint by phone.</numerusform><numerusform>Programme file written to %1 (%n persons in it). A consultant joins with it after comparing head office's fingerprint by phone.</numerusform></translation>
    </message>
</context>
</TS>