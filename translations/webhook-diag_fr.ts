<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Webhook Diagnostics</source>
        <translation>À propos de Webhook Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Open history folder</source>
        <translation>&amp;Ouvrir le dossier de l’historique</translation>
    </message>
    <message>
        <source>Webhook Diagnostics</source>
        <translation>Webhook Diagnostics</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2; built with Qt %3)</source>
        <translation>Version %1 (Qt %2 ; compilée avec Qt %3)</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Send Partner Center webhook validation events and keep every call.</source>
        <translation>Publié sous licence MIT. Envoie des événements de validation de webhook Partner Center et conserve chaque appel.</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CallDetailText</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Sent at %1 (UTC)</source>
        <translation>Envoyée le %1 (UTC)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 après %2&#xa0;ms</translation>
    </message>
    <message>
        <source>No HTTP response after %1 ms</source>
        <translation>Aucune réponse HTTP après %1&#xa0;ms</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation>correlationId&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation>Description de l&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>[The body was longer than 1 MiB; the rest was not kept.]</source>
        <translation>[Le corps dépassait 1&#xa0;Mio&#xa0;; le reste n&apos;a pas été conservé.]</translation>
    </message>
    <message>
        <source>[Empty body]</source>
        <translation>[Corps vide]</translation>
    </message>
    <message>
        <source>Attempt %1 of %2; the first attempt is call %3.</source>
        <translation>Tentative %1 sur %2&#xa0;; la première tentative est l&apos;appel %3.</translation>
    </message>
    <message>
        <source>Attempt 1 of %1.</source>
        <translation>Tentative 1 sur %1.</translation>
    </message>
    <message>
        <source>Token: tenant %1, application %2, audience %3</source>
        <translation>Jeton&#xa0;: locataire %1, application %2, audience %3</translation>
    </message>
    <message numerus="yes">
        <source>Delivery: %1, %n attempt(s), checked %2 (UTC)</source>
        <translation>
            <numerusform>Remise&#xa0;: %1, %n tentative, vérifiée le %2 (UTC)</numerusform>
            <numerusform>Remise&#xa0;: %1, %n tentatives, vérifiée le %2 (UTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last answer of the partner endpoint: %1</source>
        <translation>Dernière réponse du point de terminaison du partenaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>Partner Center did not accept the token: it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <translation>Partner Center n&apos;a pas accepté le jeton&#xa0;: il est absent, expiré ou émis pour une autre audience&#xa0;; obtenez un nouveau jeton pour https://api.partnercenter.microsoft.com et renvoyez la requête.</translation>
    </message>
    <message>
        <source>Partner Center did not accept the token (WWW-Authenticate says error=&quot;%1&quot;): it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <extracomment>%1 is the error value of the WWW-Authenticate response header, e.g. invalid_token.</extracomment>
        <translation>Partner Center n&apos;a pas accepté le jeton (WWW-Authenticate indique error=&quot;%1&quot;)&#xa0;: il est absent, expiré ou émis pour une autre audience&#xa0;; obtenez un nouveau jeton pour https://api.partnercenter.microsoft.com et renvoyez la requête.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center allows only 2 test events per minute; wait %n second(s) and send again.</source>
        <extracomment>%n is the number of seconds from the Retry-After response header.</extracomment>
        <translation>
            <numerusform>Partner Center n&apos;autorise que 2 événements de test par minute&#xa0;; attendez %n seconde et renvoyez la requête.</numerusform>
            <numerusform>Partner Center n&apos;autorise que 2 événements de test par minute&#xa0;; attendez %n secondes et renvoyez la requête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center allows only 2 test events per minute; wait a minute and send again.</source>
        <translation>Partner Center n&apos;autorise que 2 événements de test par minute&#xa0;; attendez une minute et renvoyez la requête.</translation>
    </message>
    <message>
        <source>The server kept redirecting the request; check that the base URL is the Partner Center endpoint.</source>
        <translation>Le serveur a redirigé la requête en boucle&#xa0;; vérifiez que l&apos;URL de base est bien celle du point de terminaison Partner Center.</translation>
    </message>
    <message>
        <source>The server redirected the request to another host, which was refused to keep the token safe; check that the base URL is the Partner Center endpoint.</source>
        <translation>Le serveur a redirigé la requête vers un autre hôte, ce qui a été refusé pour protéger le jeton&#xa0;; vérifiez que l&apos;URL de base est bien celle du point de terminaison Partner Center.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the connection was closed and nothing was sent insecurely; a proxy or security product may be intercepting TLS, or the system clock may be wrong.</source>
        <translation>Le certificat du serveur n&apos;était pas approuvé&#xa0;: la connexion a donc été fermée et rien n&apos;a été envoyé de façon non sécurisée&#xa0;; un proxy ou un produit de sécurité intercepte peut-être le trafic TLS, ou l&apos;horloge système est peut-être incorrecte.</translation>
    </message>
    <message>
        <source>No answer arrived in time; retry with the same MS-RequestId, which is safe even if the first request reached Partner Center.</source>
        <translation>Aucune réponse n&apos;est arrivée à temps&#xa0;; réessayez avec le même MS-RequestId, ce qui est sans risque même si la première requête a atteint Partner Center.</translation>
    </message>
    <message>
        <source>The connection to Partner Center could not be made; check the network connection, the VPN and the proxy settings.</source>
        <translation>Impossible d&apos;établir la connexion à Partner Center&#xa0;; vérifiez la connexion réseau, le VPN et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The call failed before Partner Center answered; check the network error, then retry with the same MS-RequestId, which is safe.</source>
        <translation>L&apos;appel a échoué avant la réponse de Partner Center&#xa0;; vérifiez l&apos;erreur réseau, puis réessayez avec le même MS-RequestId, ce qui est sans risque.</translation>
    </message>
    <message>
        <source>The response reported success but had no correlationId; a proxy may have answered instead of Partner Center, so check the base URL and the proxy settings.</source>
        <translation>La réponse indiquait un succès mais ne contenait aucun correlationId&#xa0;; un proxy a peut-être répondu à la place de Partner Center&#xa0;: vérifiez l&apos;URL de base et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Partner Center refused the input of the request; check the API version (v1 is the only published one).</source>
        <translation>Partner Center a refusé les données de la requête&#xa0;; vérifiez la version de l&apos;API (v1 est la seule publiée).</translation>
    </message>
    <message>
        <source>The token was accepted, but the user or app it was issued to lacks the Partner Center role needed for webhooks; ask a Partner Center administrator to assign it.</source>
        <translation>Le jeton a été accepté, mais l&apos;utilisateur ou l&apos;application pour lequel il a été émis n&apos;a pas le rôle Partner Center requis pour les webhooks&#xa0;; demandez à un administrateur Partner Center de l&apos;attribuer.</translation>
    </message>
    <message>
        <source>Partner Center found nothing for this request; check the API version and that the partner has a webhook registration.</source>
        <translation>Partner Center n&apos;a rien trouvé pour cette requête&#xa0;; vérifiez la version de l&apos;API et que le partenaire dispose d&apos;une inscription de webhook.</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1); the error code and description say why.</source>
        <extracomment>%1 is the HTTP status code, e.g. 405.</extracomment>
        <translation>Partner Center a refusé la requête (HTTP %1)&#xa0;; le code et la description de l&apos;erreur en indiquent la raison.</translation>
    </message>
    <message>
        <source>Partner Center or one of its dependencies failed (HTTP %1); try again later, and a retry with the same MS-RequestId is safe.</source>
        <extracomment>%1 is the HTTP status code, e.g. 503.</extracomment>
        <translation>Partner Center ou l&apos;une de ses dépendances a échoué (HTTP %1)&#xa0;; réessayez plus tard&#xa0;: une nouvelle tentative avec le même MS-RequestId est sans risque.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1, which does not complete this request; check the base URL and the proxy settings.</source>
        <extracomment>%1 is the HTTP status code, e.g. 101.</extracomment>
        <translation>Le serveur a répondu HTTP %1, ce qui ne termine pas cette requête&#xa0;; vérifiez l&apos;URL de base et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The call was cancelled; if the request may have reached Partner Center, send it again with the same MS-RequestId.</source>
        <translation>L&apos;appel a été annulé&#xa0;; si la requête a pu atteindre Partner Center, renvoyez-la avec le même MS-RequestId.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>webhook-diag-cli: %1</source>
        <translation>webhook-diag-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run webhook-diag-cli --help for usage.</source>
        <translation>Exécutez webhook-diag-cli --help pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>tokens are never accepted on the command line, where process lists and shell history would keep them; set PARTNER_CENTER_TOKEN or use --token-file FILE or --token-stdin.</source>
        <translation>les jetons ne sont jamais acceptés sur la ligne de commande, où la liste des processus et l&apos;historique du shell les conserveraient&#xa0;; définissez PARTNER_CENTER_TOKEN ou utilisez --token-file FICHIER ou --token-stdin.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation>--%1 ne peut pas être utilisé avec %2.</translation>
    </message>
    <message>
        <source>use either --token-file or --token-stdin, not both.</source>
        <translation>utilisez --token-file ou --token-stdin, mais pas les deux.</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2.</source>
        <translation>impossible de lire le fichier de jeton %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>cannot read the token from standard input.</source>
        <translation>impossible de lire le jeton sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>no token: set PARTNER_CENTER_TOKEN, or use --token-file FILE or --token-stdin.</source>
        <translation>aucun jeton&#xa0;: définissez PARTNER_CENTER_TOKEN, ou utilisez --token-file FICHIER ou --token-stdin.</translation>
    </message>
    <message>
        <source>the token is larger than 64 KiB; that is not an access token.</source>
        <translation>le jeton dépasse 64&#xa0;Kio&#xa0;; ce n&apos;est pas un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>webhook-diag-cli: the call was made but could not be saved to the history: %1</source>
        <translation>webhook-diag-cli&#xa0;: l&apos;appel a été effectué mais n&apos;a pas pu être enregistré dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId %1, MS-RequestId %2.</source>
        <translation>Envoyé avec MS-CorrelationId %1 et MS-RequestId %2.</translation>
    </message>
    <message>
        <source>No usable response (HTTP %1): %2 %3</source>
        <translation>Aucune réponse exploitable (HTTP %1)&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1, but the response held no correlationId.</source>
        <translation>Partner Center a répondu HTTP %1, mais la réponse ne contenait aucun correlationId.</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2: %3</source>
        <translation>Partner Center a répondu HTTP %1 avec l&apos;erreur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1: %2</source>
        <translation>Partner Center a répondu HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2.</source>
        <translation>Partner Center a répondu HTTP %1 avec l&apos;erreur %2.</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1.</source>
        <translation>Partner Center a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Retry after %1 seconds.</source>
        <translation>Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit attend un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export nécessite --output FICHIER.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n appel exporté vers %1.</numerusform>
            <numerusform>%n appels exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given; use send, status, registration, history or export.</source>
        <translation>aucune commande indiquée&#xa0;; utilisez send, status, registration, history ou export.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use send, status, registration, history or export.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez send, status, registration, history ou export.</translation>
    </message>
    <message>
        <source>status needs the correlationId to look up.</source>
        <translation>status nécessite le correlationId à rechercher.</translation>
    </message>
    <message>
        <source>--retry-of takes a history entry number or an MS-RequestId.</source>
        <translation>--retry-of attend un numéro d&apos;entrée de l&apos;historique ou un MS-RequestId.</translation>
    </message>
    <message>
        <source>no call %1 in the history %2.</source>
        <translation>aucun appel %1 dans l&apos;historique %2.</translation>
    </message>
    <message>
        <source>use either --retry-of or --request-id, not both.</source>
        <translation>utilisez --retry-of ou --request-id, mais pas les deux.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s) in the history were interrupted; &quot;webhook-diag-cli history --outcome interrupted&quot; lists them with the MS-RequestId to retry.</source>
        <translation>
            <numerusform>%n appel précédent de l&apos;historique a été interrompu&#xa0;; «&#xa0;webhook-diag-cli history --outcome interrupted&#xa0;» le liste avec le MS-RequestId permettant de le réessayer.</numerusform>
            <numerusform>%n appels précédents de l&apos;historique ont été interrompus&#xa0;; «&#xa0;webhook-diag-cli history --outcome interrupted&#xa0;» les liste avec le MS-RequestId permettant de les réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying call %1 as a new call: it was answered (HTTP %2), so the MS-RequestId is not reused.</source>
        <translation>L&apos;appel %1 est relancé comme nouvel appel&#xa0;: il a obtenu une réponse (HTTP %2), le MS-RequestId n&apos;est donc pas réutilisé.</translation>
    </message>
    <message>
        <source>Retrying call %1 with the same MS-RequestId %2: it may have reached Partner Center.</source>
        <translation>L&apos;appel %1 est relancé avec le même MS-RequestId %2&#xa0;: il a peut-être atteint Partner Center.</translation>
    </message>
    <message>
        <source>Nothing was sent; add --force to send anyway.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;; ajoutez --force pour envoyer quand même.</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center accepts 2 test events per minute; waiting %n second(s) before sending (--no-wait sends at once).</source>
        <translation>
            <numerusform>Partner Center accepte 2 événements de test par minute&#xa0;; attente de %n seconde avant l&apos;envoi (--no-wait envoie immédiatement).</numerusform>
            <numerusform>Partner Center accepte 2 événements de test par minute&#xa0;; attente de %n secondes avant l&apos;envoi (--no-wait envoie immédiatement).</numerusform>
        </translation>
    </message>
    <message>
        <source>webhook-diag-cli: %1 Nothing was sent.</source>
        <translation>webhook-diag-cli&#xa0;: %1 Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2).</source>
        <translation>
            <numerusform>Nouvelle tentative dans %n seconde (tentative %1 sur %2).</numerusform>
            <numerusform>Nouvelle tentative dans %n secondes (tentative %1 sur %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a correlationId (a GUID).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un correlationId (un GUID).</translation>
    </message>
    <message>
        <source>The call with correlationId %1 was sent on %2; Partner Center keeps a validation event&apos;s state for 7 days, so it has expired on the server and was not queried.</source>
        <translation>L&apos;appel avec le correlationId %1 a été envoyé le %2&#xa0;; Partner Center conserve l&apos;état d&apos;un événement de validation pendant 7 jours&#xa0;: il a donc expiré sur le serveur et n&apos;a pas été interrogé.</translation>
    </message>
    <message>
        <source>Status: %1; asking again shortly…</source>
        <translation>État&#xa0;: %1&#xa0;; nouvelle interrogation sous peu…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL de rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivery attempts: %1</source>
        <translation>Tentatives de remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>(system error)</source>
        <translation>(erreur système)</translation>
    </message>
    <message>
        <source>Webhook URL: %1</source>
        <translation>URL du webhook&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscribed events: %1</source>
        <translation>Événements abonnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Available events: %1</source>
        <translation>Événements disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No HTTP response: %1 %2 To retry the same request safely, run send --retry-of %3.</source>
        <translation>Aucune réponse HTTP&#xa0;: %1 %2 Pour renvoyer la même requête sans risque, exécutez send --retry-of %3.</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; use success, client-error, server-error, network-error, cancelled, pending or interrupted.</source>
        <translation>résultat inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez success, client-error, server-error, network-error, cancelled, pending ou interrupted.</translation>
    </message>
    <message>
        <source>Partner Center has not reported a final status yet; &quot;status --wait&quot; follows it to the end.</source>
        <translation>Partner Center n’a pas encore indiqué de statut final&#xa0;; «&#xa0;status --wait&#xa0;» le suit jusqu’au bout.</translation>
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
        <translation>Usage&#xa0;: webhook-diag-cli [options globales] &lt;commande&gt; [options de la commande]

Envoie la requête Create Validation Event de Partner Center et conserve chaque appel
dans un historique consultable, partagé avec la fenêtre Webhook Diagnostics.

Options globales&#xa0;:
  --history FICHIER    base de données de l&apos;historique (par défaut&#xa0;: %1&#xa0;;
                       env WEBHOOK_DIAG_HISTORY)
  --base-url URL       URL de base de l&apos;API (par défaut&#xa0;: %2&#xa0;;
                       env WEBHOOK_DIAG_BASE_URL)&#xa0;; http:// seulement en boucle locale
  --timeout SECONDES   durée totale autorisée pour un appel, 30 par défaut
  --help, --version

Jeton (jamais sur la ligne de commande)&#xa0;: env PARTNER_CENTER_TOKEN, --token-file FICHIER
ou --token-stdin. Le préfixe «&#xa0;Bearer&#xa0;» et les espaces autour du jeton sont supprimés.

Commandes&#xa0;:
  send [--api-version V] [--request-id GUID] [--retry-of ID] [--auto-retry]
       [--force] [--no-wait] [--json]
        envoie un événement de validation&#xa0;; si succès, n&apos;affiche que le correlationId.
        --request-id réutilise un MS-RequestId (nouvel essai après un délai dépassé).
        --retry-of ID relance une entrée de l&apos;historique (numéro ou MS-RequestId)&#xa0;: même
        MS-RequestId sans réponse ou après un 5xx, un nouveau après toute autre réponse.
        --auto-retry relance les délais dépassés, 5xx et 429 (3 tentatives au plus).
        --force envoie même si le jeton est expiré ou n&apos;est pas pour Partner Center.
        --no-wait n&apos;attend pas la limite de 2 événements par minute.
        --json affiche à la place tout l&apos;appel enregistré en un seul objet JSON.
  status CORRELATION_ID [--wait] [--json]
        où Partner Center a remis l&apos;événement&#xa0;: statut, URL de rappel et chaque
        tentative de remise&#xa0;; --wait redemande jusqu&apos;à un statut final.
  registration [--json]
        l&apos;inscription du webhook et les événements disponibles (lecture seule)&#xa0;;
        avertit si test-created n&apos;est pas souscrit.
  history [--search TEXTE] [--outcome O] [--limit N] [--json]
        liste les appels, récents d&apos;abord&#xa0;; TEXTE cherche dans les ID, états et erreurs&#xa0;;
        O vaut success, client-error, server-error, network-error, cancelled,
        pending ou interrupted.
  export --output FICHIER [--search TEXTE] [--outcome O]
        écrit l&apos;historique (filtré) au format CSV.

Codes de sortie&#xa0;: 0 succès, 1 syntaxe ou saisie non valide (rien n&apos;est envoyé),
2 HTTP 4xx, 3 HTTP 5xx ou 429 (ou 2xx sans correlationId), 4 aucune réponse HTTP
(réseau, TLS, délai dépassé).
</translation>
    </message>
    <message>
        <source>call %1 is still being sent; retry it once it has finished.</source>
        <translation>l’appel %1 est encore en cours d’envoi&#xa0;; relancez-le une fois qu’il est terminé.</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>Partner Center answered the status query with something that is not a status (HTTP %1).</source>
        <translation>Partner Center a répondu à la requête d&apos;état par autre chose qu&apos;un état (HTTP %1).</translation>
    </message>
    <message>
        <source>Partner Center does not know this correlationId (HTTP 404). It keeps a validation event for 7 days; the event may also have been sent with another tenant or to another endpoint.</source>
        <translation>Partner Center ne connaît pas ce correlationId (HTTP 404). Il conserve un événement de validation pendant 7 jours&#xa0;; l&apos;événement a peut-être aussi été envoyé avec un autre locataire ou vers un autre point de terminaison.</translation>
    </message>
    <message>
        <source>The status query was refused (HTTP %1): %2</source>
        <translation>La requête d&apos;état a été refusée (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The status query failed: %1</source>
        <translation>La requête d&apos;état a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery status</source>
        <translation>État de remise</translation>
    </message>
    <message>
        <source>Check delivery status</source>
        <translation>Vérifier l&apos;état de remise</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier de &amp;nouveau</translation>
    </message>
    <message>
        <source>Stop checking the delivery status</source>
        <translation>Arrêter de vérifier l&apos;état de remise</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>Arrê&amp;ter la vérification</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentatives de remise</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>System error</source>
        <translation>Erreur système</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Delivery: asking Partner Center where the event %1 went…</source>
        <translation>Remise&#xa0;: Partner Center est interrogé sur la destination de l&apos;événement %1…</translation>
    </message>
    <message>
        <source>Delivery: %1. Partner Center delivered the event to the partner&apos;s endpoint.</source>
        <translation>Remise&#xa0;: %1. Partner Center a remis l&apos;événement au point de terminaison du partenaire.</translation>
    </message>
    <message>
        <source>Delivery: %1. The partner&apos;s endpoint did not accept the event; see the attempts below.</source>
        <translation>Remise&#xa0;: %1. Le point de terminaison du partenaire n&apos;a pas accepté l&apos;événement&#xa0;; voir les tentatives ci-dessous.</translation>
    </message>
    <message>
        <source>Delivery: %1, still delivering; checking again shortly.</source>
        <translation>Remise&#xa0;: %1, remise en cours&#xa0;; nouvelle vérification sous peu.</translation>
    </message>
    <message>
        <source>Delivery: %1, still delivering.</source>
        <translation>Remise&#xa0;: %1, remise en cours.</translation>
    </message>
    <message>
        <source>Delivery: &quot;%1&quot; (a status this version does not know).</source>
        <translation>Remise&#xa0;: «&#xa0;%1&#xa0;» (un état que cette version ne connaît pas).</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Vérifié le %1.</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>URL de rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Global Partner Center (https://api.partnercenter.microsoft.com)</source>
        <translation>Partner Center &amp;mondial (https://api.partnercenter.microsoft.com)</translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation>URL de base &amp;personnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>https://partner.partnercenterapi.microsoftonline.cn</source>
        <translation>https://partner.partnercenterapi.microsoftonline.cn</translation>
    </message>
    <message>
        <source>Only https:// is accepted, except http:// to this computer for testing. A path prefix is kept.</source>
        <translation>Seul https:// est accepté, sauf http:// vers cet ordinateur pour les tests. Un éventuel préfixe de chemin est conservé.</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été exporté.</translation>
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
        <translation>Impossible de créer le dossier de l&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot open the history %1.</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable history database.</source>
        <translation>Le fichier %1 n&apos;est pas une base de données d&apos;historique utilisable.</translation>
    </message>
    <message>
        <source>The history %1 cannot use write-ahead logging.</source>
        <translation>L&apos;historique %1 ne peut pas utiliser la journalisation à écriture anticipée (WAL).</translation>
    </message>
    <message>
        <source>Cannot configure the history %1.</source>
        <translation>Impossible de configurer l&apos;historique %1.</translation>
    </message>
    <message>
        <source>The history %1 is busy or unreadable.</source>
        <translation>L&apos;historique %1 est occupé ou illisible.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the history %1.</source>
        <translation>Impossible de lire la version du schéma de l&apos;historique %1.</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of Webhook Diagnostics (schema %2; this version understands up to %3).</source>
        <translation>L&apos;historique %1 a été écrit par une version plus récente de Webhook Diagnostics (schéma %2&#xa0;; cette version prend en charge jusqu&apos;au schéma %3).</translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1 to schema %2.</source>
        <translation>Impossible de mettre à niveau l&apos;historique %1 vers le schéma %2.</translation>
    </message>
    <message>
        <source>Cannot record the schema version of the history %1.</source>
        <translation>Impossible d&apos;enregistrer la version du schéma de l&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot save the history %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot save the call to the history %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;appel dans l&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot index the call in the history %1.</source>
        <translation>Impossible d&apos;indexer l&apos;appel dans l&apos;historique %1.</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The history %1 is busy; the call was not saved.</source>
        <translation>L&apos;historique %1 est occupé&#xa0;; l&apos;appel n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Cannot search the history %1.</source>
        <translation>Impossible d&apos;effectuer une recherche dans l&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot read the history %1.</source>
        <translation>Impossible de lire l&apos;historique %1.</translation>
    </message>
    <message>
        <source>The call %1 is no longer in the history %2.</source>
        <translation>L&apos;appel %1 n&apos;est plus dans l&apos;historique %2.</translation>
    </message>
    <message>
        <source>The program stopped before this call finished. The request may have reached Partner Center: retry it with the same MS-RequestId.</source>
        <translation>Le programme s&apos;est arrêté avant la fin de cet appel. La requête a peut-être atteint Partner Center&#xa0;: réessayez-la avec le même MS-RequestId.</translation>
    </message>
    <message>
        <source>The history %1 cannot be read without upgrading it, and it cannot be written.</source>
        <translation>L’historique %1 ne peut pas être lu sans être mis à niveau, et il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The history %1 cannot be written here: calls are shown, but new calls are not saved.</source>
        <translation>L’historique %1 ne peut pas être modifié ici&#xa0;: les appels sont affichés, mais les nouveaux appels ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>It is shown read-only; new calls are not saved to it.</source>
        <translation>Il est affiché en lecture seule&#xa0;; les nouveaux appels n’y sont pas enregistrés.</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and cannot be moved aside.</source>
        <translation>L’historique %1 est endommagé (%2) et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It was kept as %3, and a new history was started.</source>
        <translation>L’historique %1 était endommagé (%2). Il a été conservé sous %3 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>The history %1 is open read-only; nothing was saved.</source>
        <translation>L’historique %1 est ouvert en lecture seule&#xa0;; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>no response (attempt %1)</source>
        <translation>aucune réponse (tentative %1)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (tentative %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <extracomment>Delivery column: the status Partner Center reported, then how many attempts it made</extracomment>
        <translation>
            <numerusform>%1, %n tentative</numerusform>
            <numerusform>%1, %n tentatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWorker</name>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>The API version must be a number such as 1 or v1 (no spaces, slashes or other characters).</source>
        <translation>La version de l&apos;API doit être un nombre tel que 1 ou v1 (sans espace, barre oblique ni autre caractère).</translation>
    </message>
    <message>
        <source>The access token is empty; paste the bearer token.</source>
        <translation>Le jeton d&apos;accès est vide&#xa0;; collez le jeton Bearer.</translation>
    </message>
    <message>
        <source>The access token contains a line break or another control character; paste the token alone, on one line.</source>
        <translation>Le jeton d&apos;accès contient un saut de ligne ou un autre caractère de contrôle&#xa0;; collez uniquement le jeton, sur une seule ligne.</translation>
    </message>
    <message>
        <source>The access token contains a space or a non-ASCII character; paste only the token itself.</source>
        <translation>Le jeton d&apos;accès contient un espace ou un caractère non ASCII&#xa0;; collez uniquement le jeton lui-même.</translation>
    </message>
    <message>
        <source>The base URL is empty.</source>
        <translation>L&apos;URL de base est vide.</translation>
    </message>
    <message>
        <source>The base URL is not a valid absolute URL such as https://api.partnercenter.microsoft.com.</source>
        <translation>L&apos;URL de base n&apos;est pas une URL absolue valide, telle que https://api.partnercenter.microsoft.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>L&apos;URL de base doit commencer par https://.</translation>
    </message>
    <message>
        <source>The base URL must use https://; http:// is accepted only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>L&apos;URL de base doit utiliser https://&#xa0;; http:// n&apos;est accepté que pour cet ordinateur (localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>L&apos;URL de base ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?) or a fragment (#).</source>
        <translation>L&apos;URL de base ne doit pas contenir de chaîne de requête (?) ni de fragment (#).</translation>
    </message>
    <message>
        <source>The request ID must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</source>
        <translation>L&apos;ID de requête doit être un GUID tel que 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</translation>
    </message>
    <message>
        <source>The timeout must be a whole number of seconds from 1 to 3600.</source>
        <translation>Le délai d&apos;expiration doit être un nombre entier de secondes compris entre 1 et 3600.</translation>
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
        <translation>Requête</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>The webhook API version: 1 or v1.</source>
        <translation>Version de l&apos;API webhook&#xa0;: 1 ou v1.</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Jeton Bearer&#xa0;:</translation>
    </message>
    <message>
        <source>Paste an access token for the Partner Center API</source>
        <translation>Collez un jeton d&apos;accès pour l&apos;API Partner Center</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Choose the Partner Center endpoint</source>
        <translation>Choisir le point de terminaison Partner Center</translation>
    </message>
    <message>
        <source>&amp;Send validation event</source>
        <translation>&amp;Envoyer l&apos;événement de validation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <source>No call sent yet. Paste a token and press Send.</source>
        <translation>Aucun appel envoyé pour l&apos;instant. Collez un jeton et cliquez sur Envoyer.</translation>
    </message>
    <message>
        <source>co&amp;rrelationId:</source>
        <translation>co&amp;rrelationId&#xa0;:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Search IDs, status, error code or text (Ctrl+F)</source>
        <translation>Rechercher par ID, état, code ou texte d&apos;erreur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a call to see the full request and response.</source>
        <translation>Sélectionnez un appel pour afficher la requête et la réponse complètes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>&amp;Exporter l&apos;historique au format CSV…</translation>
    </message>
    <message>
        <source>Export the calls the history currently shows (search and filter applied)</source>
        <translation>Exporter les appels actuellement affichés dans l&apos;historique (recherche et filtre appliqués)</translation>
    </message>
    <message>
        <source>Export &amp;all calls as CSV…</source>
        <translation>Exporter &amp;tous les appels au format CSV…</translation>
    </message>
    <message>
        <source>&amp;Endpoint settings…</source>
        <translation>Paramètres du &amp;point de terminaison…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Copy &amp;correlationId</source>
        <translation>Copier le &amp;correlationId</translation>
    </message>
    <message>
        <source>Copy &amp;MS-CorrelationId</source>
        <translation>Copier le &amp;MS-CorrelationId</translation>
    </message>
    <message>
        <source>Copy MS-&amp;RequestId</source>
        <translation>Copier le MS-Re&amp;questId</translation>
    </message>
    <message>
        <source>Copy as &amp;ticket text</source>
        <translation>Copier comme &amp;texte de ticket</translation>
    </message>
    <message>
        <source>Copy selected c&amp;ells</source>
        <translation>Copier les c&amp;ellules sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation>&amp;Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Cancel call</source>
        <translation>&amp;Annuler l&apos;appel</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Client errors</source>
        <translation>Erreurs client</translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation>Erreurs serveur</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>Erreurs réseau</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
    <message>
        <source>Call saved to the history.</source>
        <translation>Appel enregistré dans l&apos;historique.</translation>
    </message>
    <message>
        <source>This call could not be saved to the history: %1 Copy its IDs now.</source>
        <translation>Cet appel n&apos;a pas pu être enregistré dans l&apos;historique&#xa0;: %1 Copiez ses ID dès maintenant.</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>Appel non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln call(s) to %1.</source>
        <translation>
            <numerusform>%Ln appel exporté vers %1.</numerusform>
            <numerusform>%Ln appels exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
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
        <translation>Texte de ticket</translation>
    </message>
    <message>
        <source>Global Partner Center (%1)</source>
        <translation>Partner Center mondial (%1)</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the highlighted field.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: corrigez le champ en surbrillance.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <source>Accepted: Partner Center will send a test-created event to the registered webhook URL.</source>
        <translation>Acceptée&#xa0;: Partner Center va envoyer un événement test-created à l&apos;URL de webhook inscrite.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No response from Partner Center.</source>
        <translation>Aucune réponse de Partner Center.</translation>
    </message>
    <message>
        <source>Failed: HTTP %1 %2</source>
        <translation>Échec&#xa0;: HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>État HTTP&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId: %1</source>
        <translation>MS-CorrelationId envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent MS-RequestId: %1</source>
        <translation>MS-RequestId envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Durée&#xa0;: %1&#xa0;ms</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>correlationId %1 received.</source>
        <translation>correlationId %1 reçu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 sur %Ln appel</numerusform>
            <numerusform>%1 sur %Ln appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln appel</numerusform>
            <numerusform>%Ln appels</numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no %1 to copy.</source>
        <translation>Cet appel n&apos;a pas de %1 à copier.</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copié dans le Presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l&apos;historique au format CSV</translation>
    </message>
    <message>
        <source>Export all calls as CSV</source>
        <translation>Exporter tous les appels au format CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>The webhook API version, 1 or v1</source>
        <translation>La version de l’API webhook, 1 ou v1</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>The access token; it is masked and never stored</source>
        <translation>Le jeton d’accès ; il est masqué et jamais enregistré</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Change endpoint</source>
        <translation>Changer de point de terminaison</translation>
    </message>
    <message>
        <source>Send validation event</source>
        <translation>Envoyer l’événement de validation</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Annuler l’appel</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>correlationId of the last call</source>
        <translation>correlationId du dernier appel</translation>
    </message>
    <message>
        <source>Copy correlationId</source>
        <translation>Copier le correlationId</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Matches any ID fragment, status, error code or text</source>
        <translation>Trouve tout fragment d’ID, état, code d’erreur ou texte</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre de résultat</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Every call, newest first</source>
        <translation>Tous les appels, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Détails de l’appel</translation>
    </message>
    <message>
        <source>The full request and response of the selected call</source>
        <translation>La requête et la réponse complètes de l’appel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Webhook Diagnostics</source>
        <translation>À &amp;propos de Webhook Diagnostics</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time Webhook Diagnostics starts.</source>
        <translation>La langue changera au prochain démarrage de Webhook Diagnostics.</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Revendications du jeton</translation>
    </message>
    <message>
        <source>Retry &amp;automatically</source>
        <translation>Réessayer a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>After a timeout, a 5xx or a 429, send again up to 3 attempts in all, waiting longer each time and as long as Retry-After asks</source>
        <translation>Après un délai d&apos;expiration, une erreur 5xx ou 429, renvoyer jusqu&apos;à 3 tentatives au total, en attendant plus longtemps à chaque fois et aussi longtemps que Retry-After le demande</translation>
    </message>
    <message>
        <source>&amp;Retry call</source>
        <translation>&amp;Réessayer l&apos;appel</translation>
    </message>
    <message>
        <source>Send the selected call again: with the same MS-RequestId when it got no answer or a 5xx, else as a new call</source>
        <translation>Renvoyer l&apos;appel sélectionné&#xa0;: avec le même MS-RequestId s&apos;il n&apos;a obtenu aucune réponse ou une erreur 5xx, sinon comme nouvel appel</translation>
    </message>
    <message>
        <source>Check &amp;delivery status</source>
        <translation>&amp;Vérifier l&apos;état de remise</translation>
    </message>
    <message>
        <source>Check webhook re&amp;gistration…</source>
        <translation>Vérifier l&apos;inscription du &amp;webhook…</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompus</translation>
    </message>
    <message>
        <source>The call could not be written to the history first (%1); sending anyway.</source>
        <translation>L&apos;appel n&apos;a pas pu être écrit au préalable dans l&apos;historique (%1)&#xa0;; il est envoyé quand même.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were interrupted when a program stopped mid-call; select one and press Ctrl+R to retry it with the same MS-RequestId.</source>
        <translation>
            <numerusform>%n appel a été interrompu par l&apos;arrêt d&apos;un programme en cours d&apos;appel&#xa0;; sélectionnez-le et appuyez sur Ctrl+R pour le réessayer avec le même MS-RequestId.</numerusform>
            <numerusform>%n appels ont été interrompus par l&apos;arrêt d&apos;un programme en cours d&apos;appel&#xa0;; sélectionnez-en un et appuyez sur Ctrl+R pour le réessayer avec le même MS-RequestId.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>Vérifier le jeton</translation>
    </message>
    <message>
        <source>Send the validation event anyway?</source>
        <translation>Envoyer quand même l&apos;événement de validation&#xa0;?</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>Select a saved call to retry.</source>
        <translation>Sélectionnez un appel enregistré à réessayer.</translation>
    </message>
    <message>
        <source>That call is still being sent; retry it once it has finished.</source>
        <translation>Cet appel est encore en cours d&apos;envoi&#xa0;; réessayez-le une fois qu&apos;il sera terminé.</translation>
    </message>
    <message>
        <source>Retrying as a new call: the earlier one was answered.</source>
        <translation>Nouvelle tentative en tant que nouvel appel&#xa0;: le précédent a obtenu une réponse.</translation>
    </message>
    <message>
        <source>Retrying with the same MS-RequestId %1.</source>
        <translation>Nouvelle tentative avec le même MS-RequestId %1.</translation>
    </message>
    <message>
        <source>Partner Center&apos;s limit</source>
        <translation>Limite de Partner Center</translation>
    </message>
    <message>
        <source>Partner Center accepts 2 test events per minute, and 2 were sent to this endpoint in the last minute. A third now would probably be refused with 429.</source>
        <translation>Partner Center accepte 2 événements de test par minute, et 2 ont été envoyés à ce point de terminaison au cours de la dernière minute. Un troisième serait maintenant probablement refusé avec le code 429.</translation>
    </message>
    <message numerus="yes">
        <source>The next one can go in %n second(s).</source>
        <translation>
            <numerusform>Le prochain pourra être envoyé dans %n seconde.</numerusform>
            <numerusform>Le prochain pourra être envoyé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait and send</source>
        <translation>&amp;Attendre et envoyer</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for Partner Center&apos;s limit of 2 test events per minute; Esc cancels.</source>
        <translation>
            <numerusform>Attente de %n seconde pour respecter la limite de Partner Center de 2 événements de test par minute&#xa0;; Esc pour annuler.</numerusform>
            <numerusform>Attente de %n secondes pour respecter la limite de Partner Center de 2 événements de test par minute&#xa0;; Esc pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2); Esc cancels.</source>
        <translation>
            <numerusform>Nouvelle tentative dans %n seconde (tentative %1 sur %2)&#xa0;; Esc pour annuler.</numerusform>
            <numerusform>Nouvelle tentative dans %n secondes (tentative %1 sur %2)&#xa0;; Esc pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center&apos;s Retry-After wait is over: you can send again.</source>
        <translation>L&apos;attente Retry-After demandée par Partner Center est terminée&#xa0;: vous pouvez renvoyer la requête.</translation>
    </message>
    <message numerus="yes">
        <source>Throttled: Partner Center asks to wait %n more second(s) before the next call.</source>
        <translation>
            <numerusform>Limitation&#xa0;: Partner Center demande d&apos;attendre encore %n seconde avant le prochain appel.</numerusform>
            <numerusform>Limitation&#xa0;: Partner Center demande d&apos;attendre encore %n secondes avant le prochain appel.</numerusform>
        </translation>
    </message>
    <message>
        <source>State expired on the server: Partner Center keeps a validation event for 7 days, and this one was sent on %1. It was not queried.</source>
        <translation>État expiré sur le serveur&#xa0;: Partner Center conserve un événement de validation pendant 7 jours, et celui-ci a été envoyé le %1. Il n&apos;a pas été interrogé.</translation>
    </message>
    <message>
        <source>Paste a token to check where this event was delivered.</source>
        <translation>Collez un jeton pour vérifier où cet événement a été remis.</translation>
    </message>
    <message>
        <source>Stopped checking the delivery status.</source>
        <translation>Vérification de l&apos;état de remise arrêtée.</translation>
    </message>
    <message>
        <source>This call has no correlationId: Partner Center did not accept it, so there is no delivery to check.</source>
        <translation>Cet appel n&apos;a pas de correlationId&#xa0;: Partner Center ne l&apos;a pas accepté, il n&apos;y a donc aucune remise à vérifier.</translation>
    </message>
    <message>
        <source>Attempt %1 (retry of call %2)</source>
        <translation>Tentative %1 (nouvelle tentative de l&apos;appel %2)</translation>
    </message>
    <message>
        <source>Token tenant: %1</source>
        <translation>Locataire du jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This call was not saved: the history is unavailable or read-only. Copy its IDs now.</source>
        <translation>Cet appel n’a pas été enregistré&#xa0;: l’historique est indisponible ou en lecture seule. Copiez ses ID maintenant.</translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message>
        <source>Cancelled before the call finished.</source>
        <translation>Annulé avant la fin de l&apos;appel.</translation>
    </message>
    <message numerus="yes">
        <source>The response did not finish within %n second(s); the rest was not read.</source>
        <translation>
            <numerusform>La réponse ne s&apos;est pas terminée en %n seconde&#xa0;; le reste n&apos;a pas été lu.</numerusform>
            <numerusform>La réponse ne s&apos;est pas terminée en %n secondes&#xa0;; le reste n&apos;a pas été lu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No response within %n second(s).</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde.</numerusform>
            <numerusform>Aucune réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The response did not contain a correlationId.</source>
        <translation>La réponse ne contenait pas de correlationId.</translation>
    </message>
    <message>
        <source>Too many redirects; the last pointed to %1.</source>
        <translation>Trop de redirections&#xa0;; la dernière pointait vers %1.</translation>
    </message>
    <message>
        <source>The server redirected to another origin (%1); the redirect was not followed, so the token was not sent there.</source>
        <translation>Le serveur a redirigé vers une autre origine (%1)&#xa0;; la redirection n&apos;a pas été suivie, le jeton n&apos;y a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>The TLS connection was refused: %1. Check the system clock, the proxy and the certificate store.</source>
        <translation>La connexion TLS a été refusée&#xa0;: %1. Vérifiez l&apos;horloge système, le proxy et le magasin de certificats.</translation>
    </message>
    <message>
        <source>The connection failed without a response.</source>
        <translation>La connexion a échoué sans réponse.</translation>
    </message>
    <message>
        <source>[token removed]</source>
        <translation>[jeton supprimé]</translation>
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
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This partner has no webhook registration: Partner Center has nowhere to deliver events, validation events included.</source>
        <translation>Ce partenaire n&apos;a aucune inscription de webhook&#xa0;: Partner Center n&apos;a nulle part où remettre les événements, y compris les événements de validation.</translation>
    </message>
    <message>
        <source>The registration could not be read: the answer was not a registration.</source>
        <translation>Impossible de lire l&apos;inscription&#xa0;: la réponse n&apos;était pas une inscription.</translation>
    </message>
    <message>
        <source>The registration could not be read (%1).</source>
        <translation>Impossible de lire l&apos;inscription (%1).</translation>
    </message>
    <message>
        <source>The registration does not subscribe to &quot;%1&quot;: validation events will not be delivered to %2.</source>
        <translation>L&apos;inscription n&apos;est pas abonnée à «&#xa0;%1&#xa0;»&#xa0;: les événements de validation ne seront pas remis à %2.</translation>
    </message>
    <message>
        <source>The list of available events could not be read (%1).</source>
        <translation>Impossible de lire la liste des événements disponibles (%1).</translation>
    </message>
    <message>
        <source>The list of available events could not be read: the answer was not a list.</source>
        <translation>Impossible de lire la liste des événements disponibles&#xa0;: la réponse n&apos;était pas une liste.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Webhook registration</source>
        <translation>Inscription du webhook</translation>
    </message>
    <message>
        <source>Registration warning</source>
        <translation>Avertissement d&apos;inscription</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Subscribed events:</source>
        <translation>Événements abonnés&#xa0;:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <source>Available events:</source>
        <translation>Événements disponibles&#xa0;:</translation>
    </message>
    <message>
        <source>Registration error</source>
        <translation>Erreur d&apos;inscription</translation>
    </message>
    <message>
        <source>Read-only: this tool never changes a registration.</source>
        <translation>Lecture seule&#xa0;: cet outil ne modifie jamais une inscription.</translation>
    </message>
    <message>
        <source>Reading the registration</source>
        <translation>Lecture de l&apos;inscription</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier de &amp;nouveau</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(lecture impossible)</translation>
    </message>
    <message>
        <source>Paste a valid token in the main window to read the registration.</source>
        <translation>Collez un jeton valide dans la fenêtre principale pour lire l’inscription.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>Result: HTTP %1 (%2)</source>
        <extracomment>%1 is the HTTP status code; %2 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation>Résultat&#xa0;: HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>Result: HTTP %1 %2 (%3)</source>
        <extracomment>%1 is the HTTP status code, %2 its reason phrase (e.g. Unauthorized), %3 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation>Résultat&#xa0;: HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Result: no HTTP response (%1)</source>
        <extracomment>%1 is the outcome&apos;s machine name, e.g. network-error.</extracomment>
        <translation>Résultat&#xa0;: aucune réponse HTTP (%1)</translation>
    </message>
    <message>
        <source>Partner Center webhook validation event</source>
        <translation>Événement de validation de webhook Partner Center</translation>
    </message>
    <message>
        <source>Time (UTC): %1</source>
        <translation>Heure (UTC)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>Version de l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>correlationId: none</source>
        <translation>correlationId&#xa0;: aucun</translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation>correlationId&#xa0;: %1</translation>
    </message>
    <message>
        <source>MS-CorrelationId: %1</source>
        <translation>MS-CorrelationId&#xa0;: %1</translation>
    </message>
    <message>
        <source>MS-RequestId: %1</source>
        <translation>MS-RequestId&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation>Description de l&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenInsight</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>The token&apos;s claims could not be read (it is not a JWT); it can still be sent.</source>
        <translation>Les revendications du jeton n&apos;ont pas pu être lues (ce n&apos;est pas un JWT)&#xa0;; il peut tout de même être envoyé.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Application&#xa0;: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Audience&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Expiration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The token carries none of the usual claims.</source>
        <translation>Le jeton ne contient aucune des revendications habituelles.</translation>
    </message>
    <message>
        <source>The token expired at %1 (%2); Partner Center will answer 401.</source>
        <translation>Le jeton a expiré le %1 (%2)&#xa0;; Partner Center répondra 401.</translation>
    </message>
    <message>
        <source>The token is not valid before %1; check this computer&apos;s clock.</source>
        <translation>Le jeton n&apos;est pas valide avant le %1&#xa0;; vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The token is for %1, not for the Partner Center API (%2); request it with the resource %2.</source>
        <translation>Le jeton est destiné à %1, et non à l&apos;API Partner Center (%2)&#xa0;; demandez-le avec la ressource %2.</translation>
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
        <translation>Envoie des événements de validation de webhook Partner Center et permet de rechercher dans l&apos;historique de tous les appels.</translation>
    </message>
    <message>
        <source>History database to use (env WEBHOOK_DIAG_HISTORY).</source>
        <translation>Base de données d&apos;historique à utiliser (env WEBHOOK_DIAG_HISTORY).</translation>
    </message>
    <message>
        <source>API base URL for this run (env WEBHOOK_DIAG_BASE_URL).</source>
        <translation>URL de base de l&apos;API pour cette exécution (env WEBHOOK_DIAG_BASE_URL).</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, ja or en.</source>
        <translation>Langue de la fenêtre, par exemple de, fr, ja ou en.</translation>
    </message>
</context>
</TS>
