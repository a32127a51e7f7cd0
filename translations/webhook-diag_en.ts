<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
