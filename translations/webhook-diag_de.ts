<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Webhook Diagnostics</source>
        <translation>Über Webhook Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Open history folder</source>
        <translation>Verlaufsordner &amp;öffnen</translation>
    </message>
    <message>
        <source>Webhook Diagnostics</source>
        <translation>Webhook Diagnostics</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2; built with Qt %3)</source>
        <translation>Version %1 (Qt %2; erstellt mit Qt %3)</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Send Partner Center webhook validation events and keep every call.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz. Sendet Validierungsereignisse für Partner-Center-Webhooks und hält jeden Aufruf fest.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
</context>
<context>
    <name>CallDetailText</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Sent at %1 (UTC)</source>
        <translation>Gesendet: %1 (UTC)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 nach %2 ms</translation>
    </message>
    <message>
        <source>No HTTP response after %1 ms</source>
        <translation>Keine HTTP-Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation>correlationId: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation>Fehlerbeschreibung: %1</translation>
    </message>
    <message>
        <source>[The body was longer than 1 MiB; the rest was not kept.]</source>
        <translation>[Der Inhalt war größer als 1 MiB; der Rest wurde nicht gespeichert.]</translation>
    </message>
    <message>
        <source>[Empty body]</source>
        <translation>[Kein Inhalt]</translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>Partner Center did not accept the token: it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <translation>Partner Center hat das Token nicht akzeptiert: Es fehlt, ist abgelaufen oder wurde für eine andere Zielgruppe (Audience) ausgestellt; besorgen Sie ein neues Token für https://api.partnercenter.microsoft.com und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Partner Center did not accept the token (WWW-Authenticate says error=&quot;%1&quot;): it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <extracomment>%1 is the error value of the WWW-Authenticate response header, e.g. invalid_token.</extracomment>
        <translation>Partner Center hat das Token nicht akzeptiert (WWW-Authenticate meldet error=&quot;%1&quot;): Es fehlt, ist abgelaufen oder wurde für eine andere Zielgruppe (Audience) ausgestellt; besorgen Sie ein neues Token für https://api.partnercenter.microsoft.com und senden Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center allows only 2 test events per minute; wait %n second(s) and send again.</source>
        <extracomment>%n is the number of seconds from the Retry-After response header.</extracomment>
        <translation>
            <numerusform>Partner Center erlaubt nur 2 Testereignisse pro Minute; warten Sie %n Sekunde und senden Sie erneut.</numerusform>
            <numerusform>Partner Center erlaubt nur 2 Testereignisse pro Minute; warten Sie %n Sekunden und senden Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center allows only 2 test events per minute; wait a minute and send again.</source>
        <translation>Partner Center erlaubt nur 2 Testereignisse pro Minute; warten Sie eine Minute und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The server kept redirecting the request; check that the base URL is the Partner Center endpoint.</source>
        <translation>Der Server hat die Anfrage immer wieder umgeleitet; prüfen Sie, ob die Basis-URL der Endpunkt von Partner Center ist.</translation>
    </message>
    <message>
        <source>The server redirected the request to another host, which was refused to keep the token safe; check that the base URL is the Partner Center endpoint.</source>
        <translation>Der Server hat die Anfrage an einen anderen Host umgeleitet, was zum Schutz des Tokens abgelehnt wurde; prüfen Sie, ob die Basis-URL der Endpunkt von Partner Center ist.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the connection was closed and nothing was sent insecurely; a proxy or security product may be intercepting TLS, or the system clock may be wrong.</source>
        <translation>Dem Zertifikat des Servers wurde nicht vertraut, daher wurde die Verbindung geschlossen und nichts unsicher gesendet; möglicherweise fängt ein Proxy oder ein Sicherheitsprodukt TLS ab, oder die Systemuhr geht falsch.</translation>
    </message>
    <message>
        <source>No answer arrived in time; retry with the same MS-RequestId, which is safe even if the first request reached Partner Center.</source>
        <translation>Es kam nicht rechtzeitig eine Antwort; wiederholen Sie den Aufruf mit derselben MS-RequestId – das ist auch dann gefahrlos, wenn die erste Anfrage Partner Center erreicht hat.</translation>
    </message>
    <message>
        <source>The connection to Partner Center could not be made; check the network connection, the VPN and the proxy settings.</source>
        <translation>Die Verbindung zu Partner Center konnte nicht hergestellt werden; prüfen Sie die Netzwerkverbindung, das VPN und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The call failed before Partner Center answered; check the network error, then retry with the same MS-RequestId, which is safe.</source>
        <translation>Der Aufruf ist fehlgeschlagen, bevor Partner Center geantwortet hat; prüfen Sie den Netzwerkfehler und wiederholen Sie den Aufruf dann gefahrlos mit derselben MS-RequestId.</translation>
    </message>
    <message>
        <source>The response reported success but had no correlationId; a proxy may have answered instead of Partner Center, so check the base URL and the proxy settings.</source>
        <translation>Die Antwort meldete Erfolg, enthielt aber keine correlationId; möglicherweise hat ein Proxy anstelle von Partner Center geantwortet, prüfen Sie daher die Basis-URL und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>Partner Center refused the input of the request; check the API version (v1 is the only published one).</source>
        <translation>Partner Center hat die Eingaben der Anfrage abgelehnt; prüfen Sie die API-Version (v1 ist die einzige veröffentlichte).</translation>
    </message>
    <message>
        <source>The token was accepted, but the user or app it was issued to lacks the Partner Center role needed for webhooks; ask a Partner Center administrator to assign it.</source>
        <translation>Das Token wurde akzeptiert, aber dem Benutzer oder der App, für die es ausgestellt wurde, fehlt die für Webhooks nötige Rolle in Partner Center; bitten Sie einen Administrator von Partner Center, sie zuzuweisen.</translation>
    </message>
    <message>
        <source>Partner Center found nothing for this request; check the API version and that the partner has a webhook registration.</source>
        <translation>Partner Center hat zu dieser Anfrage nichts gefunden; prüfen Sie die API-Version und ob für den Partner eine Webhook-Registrierung besteht.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1); the error code and description say why.</source>
        <extracomment>%1 is the HTTP status code, e.g. 405.</extracomment>
        <translation>Partner Center hat die Anfrage abgelehnt (HTTP %1); Fehlercode und Fehlerbeschreibung nennen den Grund.</translation>
    </message>
    <message>
        <source>Partner Center or one of its dependencies failed (HTTP %1); try again later, and a retry with the same MS-RequestId is safe.</source>
        <extracomment>%1 is the HTTP status code, e.g. 503.</extracomment>
        <translation>In Partner Center oder einem von ihm genutzten Dienst ist ein Fehler aufgetreten (HTTP %1); versuchen Sie es später erneut – eine Wiederholung mit derselben MS-RequestId ist gefahrlos.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1, which does not complete this request; check the base URL and the proxy settings.</source>
        <extracomment>%1 is the HTTP status code, e.g. 101.</extracomment>
        <translation>Der Server hat mit HTTP %1 geantwortet, womit diese Anfrage nicht abgeschlossen ist; prüfen Sie die Basis-URL und die Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The call was cancelled; if the request may have reached Partner Center, send it again with the same MS-RequestId.</source>
        <translation>Der Aufruf wurde abgebrochen; falls die Anfrage Partner Center bereits erreicht haben könnte, senden Sie sie erneut mit derselben MS-RequestId.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: webhook-diag-cli [global options] &lt;command&gt; [command options]

Sends Partner Center&apos;s Create Validation Event request and keeps every call in a
searchable history shared with the Webhook Diagnostics window.

Global options:
  --history FILE       history database (default: %1;
                       env WEBHOOK_DIAG_HISTORY)
  --base-url URL       API base URL (default %2;
                       env WEBHOOK_DIAG_BASE_URL); http:// only for loopback hosts
  --timeout SECONDS    total time allowed for one call, default 30
  --help, --version

Token (never on the command line): env PARTNER_CENTER_TOKEN, or --token-file FILE,
or --token-stdin. A leading &quot;Bearer &quot; and surrounding white space are stripped.

Commands:
  send [--api-version V] [--request-id GUID] [--json]
        POST a validation event. On success prints the correlationId alone.
        --request-id reuses an MS-RequestId (retry after a timeout).
        --json prints the whole recorded call as one JSON object instead.
  history [--search TEXT] [--outcome O] [--limit N] [--json]
        lists recorded calls, newest first; TEXT matches any ID, status or error
        text; O is success, client-error, server-error, network-error or cancelled.
  export --output FILE [--search TEXT] [--outcome O]
        writes the (filtered) history as CSV.

Exit codes: 0 success, 1 usage or invalid input (nothing sent), 2 HTTP 4xx,
3 HTTP 5xx or 429 (or a 2xx without a correlationId), 4 no HTTP response
(network, TLS, timeout).
</source>
        <translation>Verwendung: webhook-diag-cli [globale Optionen] &lt;Befehl&gt; [Befehlsoptionen]

Sendet die Anfrage „Create Validation Event“ an Partner Center und speichert jeden
Aufruf in einem durchsuchbaren Verlauf, den auch das Fenster Webhook Diagnostics nutzt.

Globale Optionen:
  --history FILE       Verlaufsdatenbank (Standard: %1;
                       env WEBHOOK_DIAG_HISTORY)
  --base-url URL       API-Basis-URL (Standard: %2;
                       env WEBHOOK_DIAG_BASE_URL); http:// nur für Loopback-Hosts
  --timeout SECONDS    zulässige Gesamtdauer eines Aufrufs, Standard 30
  --help, --version

Token (nie auf der Befehlszeile): env PARTNER_CENTER_TOKEN, --token-file FILE
oder --token-stdin. Ein führendes „Bearer “ und umgebender Leerraum werden entfernt.

Befehle:
  send [--api-version V] [--request-id GUID] [--json]
        Sendet ein Validierungsereignis (POST). Zeigt bei Erfolg nur die correlationId.
        --request-id verwendet eine MS-RequestId erneut (Wiederholung nach Timeout).
        --json zeigt stattdessen den ganzen gespeicherten Aufruf als ein JSON-Objekt.
  history [--search TEXT] [--outcome O] [--limit N] [--json]
        listet Aufrufe auf, neueste zuerst; TEXT durchsucht IDs, Status und Fehlertexte;
        O ist success, client-error, server-error, network-error oder cancelled.
  export --output FILE [--search TEXT] [--outcome O]
        schreibt den (gefilterten) Verlauf als CSV.

Exit-Status: 0 Erfolg, 1 falsche Verwendung oder ungültige Eingabe (nichts gesendet),
2 HTTP 4xx, 3 HTTP 5xx oder 429 (oder 2xx ohne correlationId), 4 keine HTTP-Antwort
(Netzwerk, TLS, Zeitüberschreitung).
</translation>
    </message>
    <message>
        <source>webhook-diag-cli: %1</source>
        <translation>webhook-diag-cli: %1</translation>
    </message>
    <message>
        <source>Run webhook-diag-cli --help for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit webhook-diag-cli --help.</translation>
    </message>
    <message>
        <source>tokens are never accepted on the command line, where process lists and shell history would keep them; set PARTNER_CENTER_TOKEN or use --token-file FILE or --token-stdin.</source>
        <translation>Tokens werden nie auf der Befehlszeile angenommen, da Prozesslisten und Shell-Verlauf sie festhalten würden; setzen Sie PARTNER_CENTER_TOKEN oder verwenden Sie --token-file FILE oder --token-stdin.</translation>
    </message>
    <message>
        <source>no command given; use send, history or export.</source>
        <translation>kein Befehl angegeben; verwenden Sie send, history oder export.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use send, history or export.</source>
        <translation>unbekannter Befehl „%1“; verwenden Sie send, history oder export.</translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation>--%1 kann nicht zusammen mit %2 verwendet werden.</translation>
    </message>
    <message>
        <source>use either --token-file or --token-stdin, not both.</source>
        <translation>verwenden Sie entweder --token-file oder --token-stdin, nicht beides.</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2.</source>
        <translation>die Tokendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>cannot read the token from standard input.</source>
        <translation>das Token kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>no token: set PARTNER_CENTER_TOKEN, or use --token-file FILE or --token-stdin.</source>
        <translation>kein Token: Setzen Sie PARTNER_CENTER_TOKEN oder verwenden Sie --token-file FILE oder --token-stdin.</translation>
    </message>
    <message>
        <source>the token is larger than 64 KiB; that is not an access token.</source>
        <translation>das Token ist größer als 64 KiB; das ist kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>webhook-diag-cli: the call was made but could not be saved to the history: %1</source>
        <translation>webhook-diag-cli: Der Aufruf wurde ausgeführt, konnte aber nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId %1, MS-RequestId %2.</source>
        <translation>Gesendet: MS-CorrelationId %1, MS-RequestId %2.</translation>
    </message>
    <message>
        <source>No usable response (HTTP %1): %2 %3</source>
        <translation>Keine verwertbare Antwort (HTTP %1): %2 %3</translation>
    </message>
    <message>
        <source>No HTTP response: %1 %2 To retry the same request safely, send again with --request-id %3.</source>
        <translation>Keine HTTP-Antwort: %1 %2 Um dieselbe Anfrage gefahrlos zu wiederholen, senden Sie erneut mit --request-id %3.</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1, but the response held no correlationId.</source>
        <translation>Partner Center hat mit HTTP %1 geantwortet, aber die Antwort enthielt keine correlationId.</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2: %3</source>
        <translation>Partner Center hat mit HTTP %1 und Fehler %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1: %2</source>
        <translation>Partner Center hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2.</source>
        <translation>Partner Center hat mit HTTP %1 und Fehler %2 geantwortet.</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1.</source>
        <translation>Partner Center hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Retry after %1 seconds.</source>
        <translation>Versuchen Sie es nach %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; use success, client-error, server-error, network-error or cancelled.</source>
        <translation>unbekanntes Ergebnis „%1“; verwenden Sie success, client-error, server-error, network-error oder cancelled.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit erwartet eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export benötigt --output FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n Aufruf nach %1 exportiert.</numerusform>
            <numerusform>%n Aufrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Global Partner Center (https://api.partnercenter.microsoft.com)</source>
        <translation>&amp;Globales Partner Center (https://api.partnercenter.microsoft.com)</translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation>&amp;Benutzerdefinierte Basis-URL:</translation>
    </message>
    <message>
        <source>https://partner.partnercenterapi.microsoftonline.cn</source>
        <translation>https://partner.partnercenterapi.microsoftonline.cn</translation>
    </message>
    <message>
        <source>Only https:// is accepted, except http:// to this computer for testing. A path prefix is kept.</source>
        <translation>Nur https:// ist zulässig, außer http:// zu diesem Computer zu Testzwecken. Ein Pfadpräfix bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot create the folder for the history %1.</source>
        <translation>Der Ordner für den Verlauf %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the history %1.</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable history database.</source>
        <translation>Die Datei %1 ist keine verwendbare Verlaufsdatenbank.</translation>
    </message>
    <message>
        <source>The history %1 cannot use write-ahead logging.</source>
        <translation>Der Verlauf %1 kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <source>Cannot configure the history %1.</source>
        <translation>Der Verlauf %1 kann nicht konfiguriert werden.</translation>
    </message>
    <message>
        <source>The history %1 is busy or unreadable.</source>
        <translation>Der Verlauf %1 ist belegt oder nicht lesbar.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the history %1.</source>
        <translation>Die Schemaversion des Verlaufs %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of Webhook Diagnostics (schema %2; this version understands up to %3).</source>
        <translation>Der Verlauf %1 wurde von einer neueren Version von Webhook Diagnostics geschrieben (Schema %2; diese Version versteht höchstens Schema %3).</translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1 to schema %2.</source>
        <translation>Der Verlauf %1 kann nicht auf Schema %2 aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cannot record the schema version of the history %1.</source>
        <translation>Die Schemaversion des Verlaufs %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save the history %1.</source>
        <translation>Der Verlauf %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save the call to the history %1.</source>
        <translation>Der Aufruf kann nicht im Verlauf %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot index the call in the history %1.</source>
        <translation>Der Aufruf kann im Verlauf %1 nicht indiziert werden.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The history %1 is busy; the call was not saved.</source>
        <translation>Der Verlauf %1 ist belegt; der Aufruf wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot search the history %1.</source>
        <translation>Der Verlauf %1 kann nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>Cannot read the history %1.</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>correlationId</source>
        <translation>correlationId</translation>
    </message>
    <message>
        <source>MS-CorrelationId</source>
        <translation>MS-CorrelationId</translation>
    </message>
    <message>
        <source>MS-RequestId</source>
        <translation>MS-RequestId</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>HistoryWorker</name>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>The API version must be a number such as 1 or v1 (no spaces, slashes or other characters).</source>
        <translation>Die API-Version muss eine Zahl wie 1 oder v1 sein (ohne Leerzeichen, Schrägstriche oder andere Zeichen).</translation>
    </message>
    <message>
        <source>The access token is empty; paste the bearer token.</source>
        <translation>Das Zugriffstoken ist leer; fügen Sie das Bearer-Token ein.</translation>
    </message>
    <message>
        <source>The access token contains a line break or another control character; paste the token alone, on one line.</source>
        <translation>Das Zugriffstoken enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; fügen Sie nur das Token in einer einzigen Zeile ein.</translation>
    </message>
    <message>
        <source>The access token contains a space or a non-ASCII character; paste only the token itself.</source>
        <translation>Das Zugriffstoken enthält ein Leerzeichen oder ein Nicht-ASCII-Zeichen; fügen Sie nur das Token selbst ein.</translation>
    </message>
    <message>
        <source>The base URL is empty.</source>
        <translation>Die Basis-URL ist leer.</translation>
    </message>
    <message>
        <source>The base URL is not a valid absolute URL such as https://api.partnercenter.microsoft.com.</source>
        <translation>Die Basis-URL ist keine gültige absolute URL wie https://api.partnercenter.microsoft.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The base URL must use https://; http:// is accepted only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Die Basis-URL muss https:// verwenden; http:// ist nur für diesen Computer zulässig (localhost, 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?) or a fragment (#).</source>
        <translation>Die Basis-URL darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The request ID must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</source>
        <translation>Die Anfrage-ID muss eine GUID wie 3f2504e0-4f89-11d3-9a0c-0305e82c3301 sein.</translation>
    </message>
    <message>
        <source>The timeout must be a whole number of seconds from 1 to 3600.</source>
        <translation>Das Zeitlimit muss eine ganze Zahl von Sekunden zwischen 1 und 3600 sein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Webhook Diagnostics</source>
        <translation>Webhook Diagnostics</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>The webhook API version: 1 or v1.</source>
        <translation>Die Version der Webhook-API: 1 oder v1.</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <source>Paste an access token for the Partner Center API</source>
        <translation>Zugriffstoken für die API von Partner Center einfügen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Choose the Partner Center endpoint</source>
        <translation>Endpunkt von Partner Center auswählen</translation>
    </message>
    <message>
        <source>&amp;Send validation event</source>
        <translation>Validierungsereignis &amp;senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <source>No call sent yet. Paste a token and press Send.</source>
        <translation>Noch kein Aufruf gesendet. Fügen Sie ein Token ein und klicken Sie auf „Senden“.</translation>
    </message>
    <message>
        <source>co&amp;rrelationId:</source>
        <translation>co&amp;rrelationId:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Search IDs, status, error code or text (Ctrl+F)</source>
        <translation>IDs, Status, Fehlercode oder Text suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select a call to see the full request and response.</source>
        <translation>Wählen Sie einen Aufruf aus, um die vollständige Anfrage und Antwort zu sehen.</translation>
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
        <source>&amp;Call</source>
        <translation>&amp;Aufruf</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>&amp;Verlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the calls the history currently shows (search and filter applied)</source>
        <translation>Die Aufrufe exportieren, die der Verlauf gerade anzeigt (mit Suche und Filter)</translation>
    </message>
    <message>
        <source>Export &amp;all calls as CSV…</source>
        <translation>&amp;Alle Aufrufe als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Endpoint settings…</source>
        <translation>&amp;Endpunkteinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;correlationId</source>
        <translation>&amp;correlationId kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;MS-CorrelationId</source>
        <translation>&amp;MS-CorrelationId kopieren</translation>
    </message>
    <message>
        <source>Copy MS-&amp;RequestId</source>
        <translation>MS-&amp;RequestId kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;ticket text</source>
        <translation>Als &amp;Tickettext kopieren</translation>
    </message>
    <message>
        <source>Copy selected c&amp;ells</source>
        <translation>Ausgewählte &amp;Zellen kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation>Im Verlauf &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Cancel call</source>
        <translation>Aufruf &amp;abbrechen</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Aufrufe</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Client errors</source>
        <translation>Clientfehler</translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>Call saved to the history.</source>
        <translation>Aufruf im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>This call could not be saved to the history: %1 Copy its IDs now.</source>
        <translation>Dieser Aufruf konnte nicht im Verlauf gespeichert werden: %1 Kopieren Sie jetzt seine IDs.</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Aufruf nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln call(s) to %1.</source>
        <translation>
            <numerusform>%Ln Aufruf nach %1 exportiert.</numerusform>
            <numerusform>%Ln Aufrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>correlationId</source>
        <translation>correlationId</translation>
    </message>
    <message>
        <source>MS-CorrelationId</source>
        <translation>MS-CorrelationId</translation>
    </message>
    <message>
        <source>MS-RequestId</source>
        <translation>MS-RequestId</translation>
    </message>
    <message>
        <source>Ticket text</source>
        <translation>Tickettext</translation>
    </message>
    <message>
        <source>Global Partner Center (%1)</source>
        <translation>Globales Partner Center (%1)</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the highlighted field.</source>
        <translation>Nichts gesendet: Korrigieren Sie das markierte Feld.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Accepted: Partner Center will send a test-created event to the registered webhook URL.</source>
        <translation>Angenommen: Partner Center sendet ein Ereignis „test-created“ an die registrierte Webhook-URL.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No response from Partner Center.</source>
        <translation>Keine Antwort von Partner Center.</translation>
    </message>
    <message>
        <source>Failed: HTTP %1 %2</source>
        <translation>Fehlgeschlagen: HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP-Status: %1 %2</translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId: %1</source>
        <translation>Gesendete MS-CorrelationId: %1</translation>
    </message>
    <message>
        <source>Sent MS-RequestId: %1</source>
        <translation>Gesendete MS-RequestId: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>correlationId %1 received.</source>
        <translation>correlationId %1 empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 von %Ln Aufruf</numerusform>
            <numerusform>%1 von %Ln Aufrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Aufruf</numerusform>
            <numerusform>%Ln Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no %1 to copy.</source>
        <translation>Dieser Aufruf hat keine %1, die kopiert werden kann.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Export all calls as CSV</source>
        <translation>Alle Aufrufe als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>The webhook API version, 1 or v1</source>
        <translation>Die Version der Webhook-API, 1 oder v1</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>The access token; it is masked and never stored</source>
        <translation>Das Zugriffstoken; es wird maskiert und nie gespeichert</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Change endpoint</source>
        <translation>Endpunkt ändern</translation>
    </message>
    <message>
        <source>Send validation event</source>
        <translation>Validierungsereignis senden</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Aufruf abbrechen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>correlationId of the last call</source>
        <translation>correlationId des letzten Aufrufs</translation>
    </message>
    <message>
        <source>Copy correlationId</source>
        <translation>correlationId kopieren</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Matches any ID fragment, status, error code or text</source>
        <translation>Findet beliebige ID-Teile, Status, Fehlercodes oder Texte</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Aufrufverlauf</translation>
    </message>
    <message>
        <source>Every call, newest first</source>
        <translation>Alle Aufrufe, neueste zuerst</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Aufrufdetails</translation>
    </message>
    <message>
        <source>The full request and response of the selected call</source>
        <translation>Vollständige Anfrage und Antwort des ausgewählten Aufrufs</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Webhook Diagnostics</source>
        <translation>Ü&amp;ber Webhook Diagnostics</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Webhook Diagnostics starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Webhook Diagnostics.</translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message>
        <source>Cancelled before the call finished.</source>
        <translation>Abgebrochen, bevor der Aufruf abgeschlossen war.</translation>
    </message>
    <message numerus="yes">
        <source>The response did not finish within %n second(s); the rest was not read.</source>
        <translation>
            <numerusform>Die Antwort wurde nicht innerhalb von %n Sekunde abgeschlossen; der Rest wurde nicht gelesen.</numerusform>
            <numerusform>Die Antwort wurde nicht innerhalb von %n Sekunden abgeschlossen; der Rest wurde nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No response within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response did not contain a correlationId.</source>
        <translation>Die Antwort enthielt keine correlationId.</translation>
    </message>
    <message>
        <source>Too many redirects; the last pointed to %1.</source>
        <translation>Zu viele Umleitungen; die letzte verwies auf %1.</translation>
    </message>
    <message>
        <source>The server redirected to another origin (%1); the redirect was not followed, so the token was not sent there.</source>
        <translation>Der Server hat auf einen anderen Ursprung (%1) umgeleitet; der Umleitung wurde nicht gefolgt, daher wurde das Token nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The TLS connection was refused: %1. Check the system clock, the proxy and the certificate store.</source>
        <translation>Die TLS-Verbindung wurde abgelehnt: %1. Prüfen Sie die Systemuhr, den Proxy und den Zertifikatspeicher.</translation>
    </message>
    <message>
        <source>The connection failed without a response.</source>
        <translation>Die Verbindung ist ohne Antwort fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>Result: HTTP %1 (%2)</source>
        <extracomment>%1 is the HTTP status code; %2 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation>Ergebnis: HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>Result: HTTP %1 %2 (%3)</source>
        <extracomment>%1 is the HTTP status code, %2 its reason phrase (e.g. Unauthorized), %3 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation>Ergebnis: HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Result: no HTTP response (%1)</source>
        <extracomment>%1 is the outcome&apos;s machine name, e.g. network-error.</extracomment>
        <translation>Ergebnis: keine HTTP-Antwort (%1)</translation>
    </message>
    <message>
        <source>Partner Center webhook validation event</source>
        <translation>Webhook-Validierungsereignis für Partner Center</translation>
    </message>
    <message>
        <source>Time (UTC): %1</source>
        <translation>Zeit (UTC): %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>API-Version: %1</translation>
    </message>
    <message>
        <source>correlationId: none</source>
        <translation>correlationId: keine</translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation>correlationId: %1</translation>
    </message>
    <message>
        <source>MS-CorrelationId: %1</source>
        <translation>MS-CorrelationId: %1</translation>
    </message>
    <message>
        <source>MS-RequestId: %1</source>
        <translation>MS-RequestId: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation>Fehlerbeschreibung: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Webhook Diagnostics</source>
        <translation>Webhook Diagnostics</translation>
    </message>
    <message>
        <source>Send Partner Center webhook validation events and search the history of every call.</source>
        <translation>Sendet Webhook-Validierungsereignisse an Partner Center und durchsucht den Verlauf aller Aufrufe.</translation>
    </message>
    <message>
        <source>History database to use (env WEBHOOK_DIAG_HISTORY).</source>
        <translation>Zu verwendende Verlaufsdatenbank (env WEBHOOK_DIAG_HISTORY).</translation>
    </message>
    <message>
        <source>API base URL for this run (env WEBHOOK_DIAG_BASE_URL).</source>
        <translation>API-Basis-URL für diesen Lauf (env WEBHOOK_DIAG_BASE_URL).</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, ja or en.</source>
        <translation>Sprache des Fensters, z. B. de, fr, ja oder en.</translation>
    </message>
</context>
</TS>
