<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallDetailText</name>
    <message numerus="yes">
        <source>Delivery: %1, %n attempt(s), checked %2 (UTC)</source>
        <translation>
            <numerusform>Delivery: %1, %n attempt, checked %2 (UTC)</numerusform>
            <numerusform>Delivery: %1, %n attempts, checked %2 (UTC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message numerus="yes">
        <source>Partner Center allows only 2 test events per minute; wait %n second(s) and send again.</source>
        <extracomment>%n is the number of seconds from the Retry-After response header.</extracomment>
        <translation>
            <numerusform>Partner Center allows only 2 test events per minute; wait %n second and send again.</numerusform>
            <numerusform>Partner Center allows only 2 test events per minute; wait %n seconds and send again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Exported %n call to %1.</numerusform>
            <numerusform>Exported %n calls to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s) in the history were interrupted; &quot;webhook-diag-cli history --outcome interrupted&quot; lists them with the MS-RequestId to retry.</source>
        <translation>
            <numerusform>%n earlier call in the history was interrupted; &quot;webhook-diag-cli history --outcome interrupted&quot; lists it with the MS-RequestId to retry.</numerusform>
            <numerusform>%n earlier calls in the history were interrupted; &quot;webhook-diag-cli history --outcome interrupted&quot; lists them with the MS-RequestId to retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner Center accepts 2 test events per minute; waiting %n second(s) before sending (--no-wait sends at once).</source>
        <translation>
            <numerusform>Partner Center accepts 2 test events per minute; waiting %n second before sending (--no-wait sends at once).</numerusform>
            <numerusform>Partner Center accepts 2 test events per minute; waiting %n seconds before sending (--no-wait sends at once).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2).</source>
        <translation>
            <numerusform>Retrying in %n second (attempt %1 of %2).</numerusform>
            <numerusform>Retrying in %n seconds (attempt %1 of %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <extracomment>Delivery column: the status Partner Center reported, then how many attempts it made</extracomment>
        <translation>
            <numerusform>%1, %n attempt</numerusform>
            <numerusform>%1, %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln call(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln call to %1.</numerusform>
            <numerusform>Exported %Ln calls to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 of %Ln call</numerusform>
            <numerusform>%1 of %Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were interrupted when a program stopped mid-call; select one and press Ctrl+R to retry it with the same MS-RequestId.</source>
        <translation>
            <numerusform>%n call was interrupted when a program stopped mid-call; select one and press Ctrl+R to retry it with the same MS-RequestId.</numerusform>
            <numerusform>%n calls were interrupted when a program stopped mid-call; select one and press Ctrl+R to retry it with the same MS-RequestId.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next one can go in %n second(s).</source>
        <translation>
            <numerusform>The next one can go in %n second.</numerusform>
            <numerusform>The next one can go in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for Partner Center&apos;s limit of 2 test events per minute; Esc cancels.</source>
        <translation>
            <numerusform>Waiting %n second for Partner Center&apos;s limit of 2 test events per minute; Esc cancels.</numerusform>
            <numerusform>Waiting %n seconds for Partner Center&apos;s limit of 2 test events per minute; Esc cancels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2); Esc cancels.</source>
        <translation>
            <numerusform>Retrying in %n second (attempt %1 of %2); Esc cancels.</numerusform>
            <numerusform>Retrying in %n seconds (attempt %1 of %2); Esc cancels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Throttled: Partner Center asks to wait %n more second(s) before the next call.</source>
        <translation>
            <numerusform>Throttled: Partner Center asks to wait %n more second before the next call.</numerusform>
            <numerusform>Throttled: Partner Center asks to wait %n more seconds before the next call.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message numerus="yes">
        <source>The response did not finish within %n second(s); the rest was not read.</source>
        <translation>
            <numerusform>The response did not finish within %n second; the rest was not read.</numerusform>
            <numerusform>The response did not finish within %n seconds; the rest was not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No response within %n second(s).</source>
        <translation>
            <numerusform>No response within %n second.</numerusform>
            <numerusform>No response within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenInsight</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
