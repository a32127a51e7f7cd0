<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CallDetailText</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP response after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The body was longer than 1 MiB; the rest was not kept.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Empty body]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>Partner Center did not accept the token: it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center did not accept the token (WWW-Authenticate says error=&quot;%1&quot;): it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <extracomment>%1 is the error value of the WWW-Authenticate response header, e.g. invalid_token.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Partner Center allows only 2 test events per minute; wait %n second(s) and send again.</source>
        <extracomment>%n is the number of seconds from the Retry-After response header.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center allows only 2 test events per minute; wait a minute and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept redirecting the request; check that the base URL is the Partner Center endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another host, which was refused to keep the token safe; check that the base URL is the Partner Center endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the connection was closed and nothing was sent insecurely; a proxy or security product may be intercepting TLS, or the system clock may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer arrived in time; retry with the same MS-RequestId, which is safe even if the first request reached Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Partner Center could not be made; check the network connection, the VPN and the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed before Partner Center answered; check the network error, then retry with the same MS-RequestId, which is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response reported success but had no correlationId; a proxy may have answered instead of Partner Center, so check the base URL and the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused the input of the request; check the API version (v1 is the only published one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was accepted, but the user or app it was issued to lacks the Partner Center role needed for webhooks; ask a Partner Center administrator to assign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center found nothing for this request; check the API version and that the partner has a webhook registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1); the error code and description say why.</source>
        <extracomment>%1 is the HTTP status code, e.g. 405.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center or one of its dependencies failed (HTTP %1); try again later, and a retry with the same MS-RequestId is safe.</source>
        <extracomment>%1 is the HTTP status code, e.g. 503.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1, which does not complete this request; check the base URL and the proxy settings.</source>
        <extracomment>%1 is the HTTP status code, e.g. 101.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled; if the request may have reached Partner Center, send it again with the same MS-RequestId.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-diag-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run webhook-diag-cli --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens are never accepted on the command line, where process lists and shell history would keep them; set PARTNER_CENTER_TOKEN or use --token-file FILE or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; use send, history or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use send, history or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --token-file or --token-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token: set PARTNER_CENTER_TOKEN, or use --token-file FILE or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is larger than 64 KiB; that is not an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-diag-cli: the call was made but could not be saved to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId %1, MS-RequestId %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable response (HTTP %1): %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP response: %1 %2 To retry the same request safely, send again with --request-id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1, but the response held no correlationId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; use success, client-error, server-error, network-error or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Global Partner Center (https://api.partnercenter.microsoft.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://partner.partnercenterapi.microsoftonline.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// is accepted, except http:// to this computer for testing. A path prefix is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCsvExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a usable history database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 cannot use write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is busy or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of Webhook Diagnostics (schema %2; this version understands up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1 to schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the schema version of the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the call to the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot index the call in the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 is busy; the call was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS-CorrelationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS-RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWorker</name>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>The API version must be a number such as 1 or v1 (no spaces, slashes or other characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is empty; paste the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains a line break or another control character; paste the token alone, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains a space or a non-ASCII character; paste only the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is not a valid absolute URL such as https://api.partnercenter.microsoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must use https://; http:// is accepted only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?) or a fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request ID must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a whole number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Webhook Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook API version: 1 or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token for the Partner Center API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Partner Center endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send validation event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call sent yet. Paste a token and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co&amp;rrelationId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search IDs, status, error code or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see the full request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calls the history currently shows (search and filter applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all calls as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;correlationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;MS-CorrelationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy MS-&amp;RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;ticket text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected c&amp;ells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call saved to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call could not be saved to the history: %1 Copy its IDs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln call(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS-CorrelationId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS-RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Partner Center (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: correct the highlighted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Partner Center will send a test-created event to the registered webhook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent MS-RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no %1 to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all calls as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message>
        <source>Cancelled before the call finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The response did not finish within %n second(s); the rest was not read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No response within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The response did not contain a correlationId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects; the last pointed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another origin (%1); the redirect was not followed, so the token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection was refused: %1. Check the system clock, the proxy and the certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed without a response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>Result: HTTP %1 (%2)</source>
        <extracomment>%1 is the HTTP status code; %2 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: HTTP %1 %2 (%3)</source>
        <extracomment>%1 is the HTTP status code, %2 its reason phrase (e.g. Unauthorized), %3 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: no HTTP response (%1)</source>
        <extracomment>%1 is the outcome&apos;s machine name, e.g. network-error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center webhook validation event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS-CorrelationId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS-RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Webhook Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Partner Center webhook validation events and search the history of every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database to use (env WEBHOOK_DIAG_HISTORY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL for this run (env WEBHOOK_DIAG_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
