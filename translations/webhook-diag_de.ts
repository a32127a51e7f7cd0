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
    <message>
        <source>Attempt %1 of %2; the first attempt is call %3.</source>
        <translation>Versuch %1 von %2; der erste Versuch ist Aufruf %3.</translation>
    </message>
    <message>
        <source>Attempt 1 of %1.</source>
        <translation>Versuch 1 von %1.</translation>
    </message>
    <message>
        <source>Token: tenant %1, application %2, audience %3</source>
        <translation>Token: Mandant %1, Anwendung %2, Zielgruppe %3</translation>
    </message>
    <message numerus="yes">
        <source>Delivery: %1, %n attempt(s), checked %2 (UTC)</source>
        <translation>
            <numerusform>Zustellung: %1, %n Versuch, geprüft am %2 (UTC)</numerusform>
            <numerusform>Zustellung: %1, %n Versuche, geprüft am %2 (UTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last answer of the partner endpoint: %1</source>
        <translation>Letzte Antwort des Partner-Endpunkts: %1</translation>
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
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
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
    <message>
        <source>no command given; use send, status, registration, history or export.</source>
        <translation>kein Befehl angegeben; verwenden Sie send, status, registration, history oder export.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use send, status, registration, history or export.</source>
        <translation>unbekannter Befehl „%1“; verwenden Sie send, status, registration, history oder export.</translation>
    </message>
    <message>
        <source>status needs the correlationId to look up.</source>
        <translation>status benötigt die correlationId, die abgefragt werden soll.</translation>
    </message>
    <message>
        <source>--retry-of takes a history entry number or an MS-RequestId.</source>
        <translation>--retry-of erwartet die Nummer eines Verlaufseintrags oder eine MS-RequestId.</translation>
    </message>
    <message>
        <source>no call %1 in the history %2.</source>
        <translation>kein Aufruf %1 im Verlauf %2.</translation>
    </message>
    <message>
        <source>use either --retry-of or --request-id, not both.</source>
        <translation>verwenden Sie entweder --retry-of oder --request-id, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s) in the history were interrupted; &quot;webhook-diag-cli history --outcome interrupted&quot; lists them with the MS-RequestId to retry.</source>
        <translation>
            <numerusform>%n früherer Aufruf im Verlauf wurde unterbrochen; „webhook-diag-cli history --outcome interrupted“ listet ihn mit der MS-RequestId für die Wiederholung auf.</numerusform>
            <numerusform>%n frühere Aufrufe im Verlauf wurden unterbrochen; „webhook-diag-cli history --outcome interrupted“ listet sie mit der MS-RequestId für die Wiederholung auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying call %1 as a new call: it was answered (HTTP %2), so the MS-RequestId is not reused.</source>
        <translation>Aufruf %1 wird als neuer Aufruf wiederholt: Er wurde beantwortet (HTTP %2), daher wird die MS-RequestId nicht wiederverwendet.</translation>
    </message>
    <message>
        <source>Retrying call %1 with the same MS-RequestId %2: it may have reached Partner Center.</source>
        <translation>Aufruf %1 wird mit derselben MS-RequestId %2 wiederholt: Er könnte Partner Center erreicht haben.</translation>
    </message>
    <message>
        <source>Nothing was sent; add --force to send anyway.</source>
        <translation>Es wurde nichts gesendet; fügen Sie --force hinzu, um trotzdem zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center accepts 2 test events per minute; waiting %n second(s) before sending (--no-wait sends at once).</source>
        <translation>
            <numerusform>Partner Center nimmt 2 Testereignisse pro Minute an; vor dem Senden wird %n Sekunde gewartet (--no-wait sendet sofort).</numerusform>
            <numerusform>Partner Center nimmt 2 Testereignisse pro Minute an; vor dem Senden wird %n Sekunden gewartet (--no-wait sendet sofort).</numerusform>
        </translation>
    </message>
    <message>
        <source>webhook-diag-cli: %1 Nothing was sent.</source>
        <translation>webhook-diag-cli: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2).</source>
        <translation>
            <numerusform>Wiederholung in %n Sekunde (Versuch %1 von %2).</numerusform>
            <numerusform>Wiederholung in %n Sekunden (Versuch %1 von %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a correlationId (a GUID).</source>
        <translation>„%1“ ist keine correlationId (GUID).</translation>
    </message>
    <message>
        <source>The call with correlationId %1 was sent on %2; Partner Center keeps a validation event&apos;s state for 7 days, so it has expired on the server and was not queried.</source>
        <translation>Der Aufruf mit der correlationId %1 wurde am %2 gesendet; Partner Center speichert den Zustand eines Validierungsereignisses 7 Tage lang, daher ist er auf dem Server abgelaufen und wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>Status: %1; asking again shortly…</source>
        <translation>Status: %1; erneute Abfrage in Kürze…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>Callback-URL: %1</translation>
    </message>
    <message>
        <source>Delivery attempts: %1</source>
        <translation>Zustellversuche: %1</translation>
    </message>
    <message>
        <source>(system error)</source>
        <translation>(Systemfehler)</translation>
    </message>
    <message>
        <source>Webhook URL: %1</source>
        <translation>Webhook-URL: %1</translation>
    </message>
    <message>
        <source>Subscribed events: %1</source>
        <translation>Abonnierte Ereignisse: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>Zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>Available events: %1</source>
        <translation>Verfügbare Ereignisse: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No HTTP response: %1 %2 To retry the same request safely, run send --retry-of %3.</source>
        <translation>Keine HTTP-Antwort: %1 %2 Um dieselbe Anfrage gefahrlos zu wiederholen, führen Sie send --retry-of %3 aus.</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; use success, client-error, server-error, network-error, cancelled, pending or interrupted.</source>
        <translation>unbekanntes Ergebnis „%1“; verwenden Sie success, client-error, server-error, network-error, cancelled, pending oder interrupted.</translation>
    </message>
    <message>
        <source>Partner Center has not reported a final status yet; &quot;status --wait&quot; follows it to the end.</source>
        <translation>Partner Center hat noch keinen endgültigen Status gemeldet; „status --wait“ verfolgt ihn bis zum Ende.</translation>
    </message>
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
  send [--api-version V] [--request-id GUID] [--retry-of ID] [--auto-retry]
       [--force] [--no-wait] [--json]
        POST a validation event. On success prints the correlationId alone.
        --request-id reuses an MS-RequestId (retry after a timeout).
        --retry-of ID retries a history entry (number or MS-RequestId): the same
        MS-RequestId after no response or a 5xx, a new one after any other answer.
        --auto-retry retries timeouts, 5xx and 429 (3 attempts at most).
        --force sends even when the token is expired or not for Partner Center.
        --no-wait does not wait for Partner Center&apos;s limit of 2 events a minute.
        --json prints the whole recorded call as one JSON object instead.
  status CORRELATION_ID [--wait] [--json]
        where Partner Center delivered the event: status, callback URL and each
        delivery attempt; --wait asks again until the status is final.
  registration [--json]
        the webhook registration and the events available (read-only); warns
        when test-created is not subscribed.
  history [--search TEXT] [--outcome O] [--limit N] [--json]
        lists recorded calls, newest first; TEXT matches any ID, status or error
        text; O is success, client-error, server-error, network-error, cancelled,
        pending or interrupted.
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
  send [--api-version V] [--request-id GUID] [--retry-of ID] [--auto-retry]
       [--force] [--no-wait] [--json]
        Sendet ein Validierungsereignis (POST). Zeigt bei Erfolg nur die correlationId.
        --request-id verwendet eine MS-RequestId erneut (Wiederholung nach Timeout).
        --retry-of ID wiederholt einen Verlaufseintrag (Nummer oder MS-RequestId): dieselbe
        MS-RequestId nach keiner Antwort oder 5xx, eine neue nach jeder anderen Antwort.
        --auto-retry wiederholt Timeouts, 5xx und 429 (höchstens 3 Versuche).
        --force sendet auch mit abgelaufenem Token oder Token nicht für Partner Center.
        --no-wait wartet nicht auf das Limit von 2 Ereignissen pro Minute.
        --json zeigt stattdessen den ganzen gespeicherten Aufruf als ein JSON-Objekt.
  status CORRELATION_ID [--wait] [--json]
        wohin Partner Center das Ereignis zugestellt hat: Status, Callback-URL und jeder
        Zustellversuch; --wait fragt erneut, bis der Status endgültig ist.
  registration [--json]
        die Webhook-Registrierung und die verfügbaren Ereignisse (nur lesend); warnt,
        wenn test-created nicht abonniert ist.
  history [--search TEXT] [--outcome O] [--limit N] [--json]
        listet Aufrufe auf, neueste zuerst; TEXT durchsucht IDs, Status und Fehlertexte;
        O ist success, client-error, server-error, network-error, cancelled,
        pending oder interrupted.
  export --output FILE [--search TEXT] [--outcome O]
        schreibt den (gefilterten) Verlauf als CSV.

Exit-Status: 0 Erfolg, 1 falsche Verwendung oder ungültige Eingabe (nichts gesendet),
2 HTTP 4xx, 3 HTTP 5xx oder 429 (oder 2xx ohne correlationId), 4 keine HTTP-Antwort
(Netzwerk, TLS, Zeitüberschreitung).
</translation>
    </message>
    <message>
        <source>call %1 is still being sent; retry it once it has finished.</source>
        <translation>Aufruf %1 wird noch gesendet; wiederholen Sie ihn, wenn er abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>Partner Center answered the status query with something that is not a status (HTTP %1).</source>
        <translation>Partner Center hat die Statusabfrage mit etwas beantwortet, das kein Status ist (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center does not know this correlationId (HTTP 404). It keeps a validation event for 7 days; the event may also have been sent with another tenant or to another endpoint.</source>
        <translation>Partner Center kennt diese correlationId nicht (HTTP 404). Ein Validierungsereignis wird 7 Tage lang gespeichert; möglicherweise wurde das Ereignis auch mit einem anderen Mandanten oder an einen anderen Endpunkt gesendet.</translation>
    </message>
    <message>
        <source>The status query was refused (HTTP %1): %2</source>
        <translation>Die Statusabfrage wurde abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The status query failed: %1</source>
        <translation>Die Statusabfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <source>Check delivery status</source>
        <translation>Zustellstatus prüfen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Stop checking the delivery status</source>
        <translation>Prüfung des Zustellstatus beenden</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>Prüfung b&amp;eenden</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>System error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Delivery: asking Partner Center where the event %1 went…</source>
        <translation>Zustellung: Partner Center wird gefragt, wohin das Ereignis %1 zugestellt wurde…</translation>
    </message>
    <message>
        <source>Delivery: %1. Partner Center delivered the event to the partner&apos;s endpoint.</source>
        <translation>Zustellung: %1. Partner Center hat das Ereignis an den Endpunkt des Partners zugestellt.</translation>
    </message>
    <message>
        <source>Delivery: %1. The partner&apos;s endpoint did not accept the event; see the attempts below.</source>
        <translation>Zustellung: %1. Der Endpunkt des Partners hat das Ereignis nicht angenommen; siehe die Versuche unten.</translation>
    </message>
    <message>
        <source>Delivery: %1, still delivering; checking again shortly.</source>
        <translation>Zustellung: %1, wird noch zugestellt; erneute Prüfung in Kürze.</translation>
    </message>
    <message>
        <source>Delivery: %1, still delivering.</source>
        <translation>Zustellung: %1, wird noch zugestellt.</translation>
    </message>
    <message>
        <source>Delivery: &quot;%1&quot; (a status this version does not know).</source>
        <translation>Zustellung: „%1“ (ein Status, den diese Version nicht kennt).</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Geprüft: %1.</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>Callback-URL: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
    <message>
        <source>The call %1 is no longer in the history %2.</source>
        <translation>Der Aufruf %1 ist nicht mehr im Verlauf %2 vorhanden.</translation>
    </message>
    <message>
        <source>The program stopped before this call finished. The request may have reached Partner Center: retry it with the same MS-RequestId.</source>
        <translation>Das Programm wurde beendet, bevor dieser Aufruf abgeschlossen war. Die Anfrage könnte Partner Center erreicht haben: Wiederholen Sie sie mit derselben MS-RequestId.</translation>
    </message>
    <message>
        <source>The history %1 cannot be read without upgrading it, and it cannot be written.</source>
        <translation>Der Verlauf %1 kann nicht ohne Aktualisierung gelesen werden, und er ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The history %1 cannot be written here: calls are shown, but new calls are not saved.</source>
        <translation>Der Verlauf %1 ist hier nicht beschreibbar: Aufrufe werden angezeigt, neue Aufrufe aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>It is shown read-only; new calls are not saved to it.</source>
        <translation>Er wird schreibgeschützt angezeigt; neue Aufrufe werden darin nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and cannot be moved aside.</source>
        <translation>Der Verlauf %1 ist beschädigt (%2) und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It was kept as %3, and a new history was started.</source>
        <translation>Der Verlauf %1 war beschädigt (%2). Er wurde als %3 aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history %1 is open read-only; nothing was saved.</source>
        <translation>Der Verlauf %1 ist schreibgeschützt geöffnet; nichts wurde gespeichert.</translation>
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
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>no response (attempt %1)</source>
        <translation>keine Antwort (Versuch %1)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <extracomment>Delivery column: the status Partner Center reported, then how many attempts it made</extracomment>
        <translation>
            <numerusform>%1, %n Versuch</numerusform>
            <numerusform>%1, %n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWorker</name>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
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
    <message>
        <source>Token claims</source>
        <translation>Token-Claims</translation>
    </message>
    <message>
        <source>Retry &amp;automatically</source>
        <translation>Automatisch &amp;wiederholen</translation>
    </message>
    <message>
        <source>After a timeout, a 5xx or a 429, send again up to 3 attempts in all, waiting longer each time and as long as Retry-After asks</source>
        <translation>Nach einer Zeitüberschreitung, einem 5xx oder einem 429 erneut senden, insgesamt bis zu 3 Versuche, mit jeweils längerer Wartezeit und so lange, wie Retry-After verlangt</translation>
    </message>
    <message>
        <source>&amp;Retry call</source>
        <translation>Aufruf &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the selected call again: with the same MS-RequestId when it got no answer or a 5xx, else as a new call</source>
        <translation>Den ausgewählten Aufruf erneut senden: mit derselben MS-RequestId, wenn er keine Antwort oder einen 5xx erhielt, sonst als neuen Aufruf</translation>
    </message>
    <message>
        <source>Check &amp;delivery status</source>
        <translation>&amp;Zustellstatus prüfen</translation>
    </message>
    <message>
        <source>Check webhook re&amp;gistration…</source>
        <translation>Webhook-&amp;Registrierung prüfen…</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>The call could not be written to the history first (%1); sending anyway.</source>
        <translation>Der Aufruf konnte nicht vorab im Verlauf gespeichert werden (%1); er wird trotzdem gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were interrupted when a program stopped mid-call; select one and press Ctrl+R to retry it with the same MS-RequestId.</source>
        <translation>
            <numerusform>%n Aufruf wurde unterbrochen, weil ein Programm mitten im Aufruf beendet wurde; wählen Sie ihn aus und drücken Sie Strg+R, um ihn mit derselben MS-RequestId zu wiederholen.</numerusform>
            <numerusform>%n Aufrufe wurden unterbrochen, weil ein Programm mitten im Aufruf beendet wurde; wählen Sie einen aus und drücken Sie Strg+R, um ihn mit derselben MS-RequestId zu wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Send the validation event anyway?</source>
        <translation>Das Validierungsereignis trotzdem senden?</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>Select a saved call to retry.</source>
        <translation>Wählen Sie einen gespeicherten Aufruf aus, der wiederholt werden soll.</translation>
    </message>
    <message>
        <source>That call is still being sent; retry it once it has finished.</source>
        <translation>Dieser Aufruf wird noch gesendet; wiederholen Sie ihn, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Retrying as a new call: the earlier one was answered.</source>
        <translation>Wiederholung als neuer Aufruf: Der frühere wurde beantwortet.</translation>
    </message>
    <message>
        <source>Retrying with the same MS-RequestId %1.</source>
        <translation>Wiederholung mit derselben MS-RequestId %1.</translation>
    </message>
    <message>
        <source>Partner Center&apos;s limit</source>
        <translation>Limit von Partner Center</translation>
    </message>
    <message>
        <source>Partner Center accepts 2 test events per minute, and 2 were sent to this endpoint in the last minute. A third now would probably be refused with 429.</source>
        <translation>Partner Center nimmt 2 Testereignisse pro Minute an, und in der letzten Minute wurden 2 an diesen Endpunkt gesendet. Ein drittes würde jetzt wahrscheinlich mit 429 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The next one can go in %n second(s).</source>
        <translation>
            <numerusform>Das nächste kann in %n Sekunde gesendet werden.</numerusform>
            <numerusform>Das nächste kann in %n Sekunden gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait and send</source>
        <translation>&amp;Warten und senden</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for Partner Center&apos;s limit of 2 test events per minute; Esc cancels.</source>
        <translation>
            <numerusform>Es wird %n Sekunde gewartet (Limit von Partner Center: 2 Testereignisse pro Minute); Esc bricht ab.</numerusform>
            <numerusform>Es wird %n Sekunden gewartet (Limit von Partner Center: 2 Testereignisse pro Minute); Esc bricht ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2); Esc cancels.</source>
        <translation>
            <numerusform>Wiederholung in %n Sekunde (Versuch %1 von %2); Esc bricht ab.</numerusform>
            <numerusform>Wiederholung in %n Sekunden (Versuch %1 von %2); Esc bricht ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center&apos;s Retry-After wait is over: you can send again.</source>
        <translation>Die von Partner Center per Retry-After verlangte Wartezeit ist vorbei: Sie können erneut senden.</translation>
    </message>
    <message numerus="yes">
        <source>Throttled: Partner Center asks to wait %n more second(s) before the next call.</source>
        <translation>
            <numerusform>Gedrosselt: Partner Center verlangt, vor dem nächsten Aufruf noch %n Sekunde zu warten.</numerusform>
            <numerusform>Gedrosselt: Partner Center verlangt, vor dem nächsten Aufruf noch %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>State expired on the server: Partner Center keeps a validation event for 7 days, and this one was sent on %1. It was not queried.</source>
        <translation>Zustand auf dem Server abgelaufen: Partner Center speichert ein Validierungsereignis 7 Tage lang, und dieses wurde am %1 gesendet. Es wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>Paste a token to check where this event was delivered.</source>
        <translation>Fügen Sie ein Token ein, um zu prüfen, wohin dieses Ereignis zugestellt wurde.</translation>
    </message>
    <message>
        <source>Stopped checking the delivery status.</source>
        <translation>Prüfung des Zustellstatus beendet.</translation>
    </message>
    <message>
        <source>This call has no correlationId: Partner Center did not accept it, so there is no delivery to check.</source>
        <translation>Dieser Aufruf hat keine correlationId: Partner Center hat ihn nicht angenommen, daher gibt es keine Zustellung zu prüfen.</translation>
    </message>
    <message>
        <source>Attempt %1 (retry of call %2)</source>
        <translation>Versuch %1 (Wiederholung von Aufruf %2)</translation>
    </message>
    <message>
        <source>Token tenant: %1</source>
        <translation>Mandant des Tokens: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This call was not saved: the history is unavailable or read-only. Copy its IDs now.</source>
        <translation>Dieser Aufruf wurde nicht gespeichert: Der Verlauf ist nicht verfügbar oder schreibgeschützt. Kopieren Sie jetzt seine IDs.</translation>
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
    <message>
        <source>[token removed]</source>
        <translation>[Token entfernt]</translation>
    </message>
</context>
<context>
    <name>RegistrationCheck</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>This partner has no webhook registration: Partner Center has nowhere to deliver events, validation events included.</source>
        <translation>Für diesen Partner besteht keine Webhook-Registrierung: Partner Center kann Ereignisse nirgendwohin zustellen, auch keine Validierungsereignisse.</translation>
    </message>
    <message>
        <source>The registration could not be read: the answer was not a registration.</source>
        <translation>Die Registrierung konnte nicht gelesen werden: Die Antwort war keine Registrierung.</translation>
    </message>
    <message>
        <source>The registration could not be read (%1).</source>
        <translation>Die Registrierung konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The registration does not subscribe to &quot;%1&quot;: validation events will not be delivered to %2.</source>
        <translation>Die Registrierung abonniert „%1“ nicht: Validierungsereignisse werden nicht an %2 zugestellt.</translation>
    </message>
    <message>
        <source>The list of available events could not be read (%1).</source>
        <translation>Die Liste der verfügbaren Ereignisse konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The list of available events could not be read: the answer was not a list.</source>
        <translation>Die Liste der verfügbaren Ereignisse konnte nicht gelesen werden: Die Antwort war keine Liste.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Webhook registration</source>
        <translation>Webhook-Registrierung</translation>
    </message>
    <message>
        <source>Registration warning</source>
        <translation>Registrierungswarnung</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <source>Subscribed events:</source>
        <translation>Abonnierte Ereignisse:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Available events:</source>
        <translation>Verfügbare Ereignisse:</translation>
    </message>
    <message>
        <source>Registration error</source>
        <translation>Registrierungsfehler</translation>
    </message>
    <message>
        <source>Read-only: this tool never changes a registration.</source>
        <translation>Schreibgeschützt: Dieses Tool ändert niemals eine Registrierung.</translation>
    </message>
    <message>
        <source>Reading the registration</source>
        <translation>Registrierung wird gelesen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Paste a valid token in the main window to read the registration.</source>
        <translation>Fügen Sie im Hauptfenster ein gültiges Token ein, um die Registrierung zu lesen.</translation>
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
    <name>TokenInsight</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>The token&apos;s claims could not be read (it is not a JWT); it can still be sent.</source>
        <translation>Die Claims des Tokens konnten nicht gelesen werden (es ist kein JWT); es kann trotzdem gesendet werden.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Zielgruppe: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Ablauf: %1 (%2)</translation>
    </message>
    <message>
        <source>The token carries none of the usual claims.</source>
        <translation>Das Token enthält keinen der üblichen Claims.</translation>
    </message>
    <message>
        <source>The token expired at %1 (%2); Partner Center will answer 401.</source>
        <translation>Das Token ist am %1 (%2) abgelaufen; Partner Center wird mit 401 antworten.</translation>
    </message>
    <message>
        <source>The token is not valid before %1; check this computer&apos;s clock.</source>
        <translation>Das Token ist erst ab %1 gültig; prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The token is for %1, not for the Partner Center API (%2); request it with the resource %2.</source>
        <translation>Das Token ist für %1 bestimmt, nicht für die API von Partner Center (%2); fordern Sie es mit der Ressource %2 an.</translation>
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
