<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Webhook Diagnostics</source>
        <translation>Webhook Diagnostics について</translation>
    </message>
    <message>
        <source>&amp;Open history folder</source>
        <translation>履歴フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Webhook Diagnostics</source>
        <translation>Webhook Diagnostics</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2; built with Qt %3)</source>
        <translation>バージョン %1 (Qt %2、Qt %3 でビルド)</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Send Partner Center webhook validation events and keep every call.</source>
        <translation>MIT ライセンスで公開されています。Partner Center の Webhook 検証イベントを送信し、すべての呼び出しを記録します。</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>履歴: %1</translation>
    </message>
</context>
<context>
    <name>CallDetailText</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Sent at %1 (UTC)</source>
        <translation>送信日時 (UTC): %1</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 (%2 ms 後に応答)</translation>
    </message>
    <message>
        <source>No HTTP response after %1 ms</source>
        <translation>HTTP 応答なし (%1 ms 経過)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>correlationId: %1</source>
        <translation>correlationId: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation>エラーの説明: %1</translation>
    </message>
    <message>
        <source>[The body was longer than 1 MiB; the rest was not kept.]</source>
        <translation>[本文が 1 MiB を超えたため、残りは保持されていません。]</translation>
    </message>
    <message>
        <source>[Empty body]</source>
        <translation>[本文なし]</translation>
    </message>
    <message>
        <source>Attempt %1 of %2; the first attempt is call %3.</source>
        <translation>%2 回中 %1 回目の試行です。最初の試行は呼び出し %3 です。</translation>
    </message>
    <message>
        <source>Attempt 1 of %1.</source>
        <translation>%1 回中 1 回目の試行です。</translation>
    </message>
    <message>
        <source>Token: tenant %1, application %2, audience %3</source>
        <translation>トークン: テナント %1、アプリケーション %2、対象 %3</translation>
    </message>
    <message numerus="yes">
        <source>Delivery: %1, %n attempt(s), checked %2 (UTC)</source>
        <translation>
            <numerusform>配信: %1、試行 %n 回、確認日時 %2 (UTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last answer of the partner endpoint: %1</source>
        <translation>パートナーのエンドポイントからの最後の応答: %1</translation>
    </message>
</context>
<context>
    <name>CallHints</name>
    <message>
        <source>Partner Center did not accept the token: it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <translation>Partner Center がトークンを受け入れませんでした。トークンがないか、有効期限が切れているか、別の対象 (audience) 向けに発行されています。https://api.partnercenter.microsoft.com 用の新しいトークンを取得して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Partner Center did not accept the token (WWW-Authenticate says error=&quot;%1&quot;): it is missing, expired, or was issued for another audience; get a new token for https://api.partnercenter.microsoft.com and send again.</source>
        <extracomment>%1 is the error value of the WWW-Authenticate response header, e.g. invalid_token.</extracomment>
        <translation>Partner Center がトークンを受け入れませんでした (WWW-Authenticate: error=&quot;%1&quot;)。トークンがないか、有効期限が切れているか、別の対象 (audience) 向けに発行されています。https://api.partnercenter.microsoft.com 用の新しいトークンを取得して、もう一度送信してください。</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center allows only 2 test events per minute; wait %n second(s) and send again.</source>
        <extracomment>%n is the number of seconds from the Retry-After response header.</extracomment>
        <translation>
            <numerusform>Partner Center で送信できるテスト イベントは 1 分あたり 2 件までです。%n 秒待ってから、もう一度送信してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center allows only 2 test events per minute; wait a minute and send again.</source>
        <translation>Partner Center で送信できるテスト イベントは 1 分あたり 2 件までです。1 分待ってから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The server kept redirecting the request; check that the base URL is the Partner Center endpoint.</source>
        <translation>サーバーがリクエストのリダイレクトを繰り返しました。ベース URL が Partner Center のエンドポイントになっていることを確認してください。</translation>
    </message>
    <message>
        <source>The server redirected the request to another host, which was refused to keep the token safe; check that the base URL is the Partner Center endpoint.</source>
        <translation>サーバーがリクエストを別のホストにリダイレクトしましたが、トークンを保護するためにこれを拒否しました。ベース URL が Partner Center のエンドポイントになっていることを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not trusted, so the connection was closed and nothing was sent insecurely; a proxy or security product may be intercepting TLS, or the system clock may be wrong.</source>
        <translation>サーバーの証明書が信頼されなかったため接続を閉じました。安全でない状態で送信されたデータはありません。プロキシやセキュリティ製品が TLS を傍受しているか、システムの時計がずれている可能性があります。</translation>
    </message>
    <message>
        <source>No answer arrived in time; retry with the same MS-RequestId, which is safe even if the first request reached Partner Center.</source>
        <translation>時間内に応答がありませんでした。同じ MS-RequestId で再試行してください。最初のリクエストが Partner Center に届いていた場合でも、安全に再試行できます。</translation>
    </message>
    <message>
        <source>The connection to Partner Center could not be made; check the network connection, the VPN and the proxy settings.</source>
        <translation>Partner Center に接続できませんでした。ネットワーク接続、VPN、プロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The call failed before Partner Center answered; check the network error, then retry with the same MS-RequestId, which is safe.</source>
        <translation>Partner Center が応答する前に呼び出しが失敗しました。ネットワーク エラーを確認してから、同じ MS-RequestId で再試行してください (安全に再試行できます)。</translation>
    </message>
    <message>
        <source>The response reported success but had no correlationId; a proxy may have answered instead of Partner Center, so check the base URL and the proxy settings.</source>
        <translation>応答は成功を示していますが、correlationId が含まれていません。Partner Center ではなくプロキシが応答した可能性があるため、ベース URL とプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>Partner Center refused the input of the request; check the API version (v1 is the only published one).</source>
        <translation>Partner Center がリクエストの入力を拒否しました。API バージョンを確認してください (公開されているのは v1 のみです)。</translation>
    </message>
    <message>
        <source>The token was accepted, but the user or app it was issued to lacks the Partner Center role needed for webhooks; ask a Partner Center administrator to assign it.</source>
        <translation>トークンは受け入れられましたが、発行先のユーザーまたはアプリに Webhook に必要な Partner Center のロールがありません。Partner Center の管理者にロールの割り当てを依頼してください。</translation>
    </message>
    <message>
        <source>Partner Center found nothing for this request; check the API version and that the partner has a webhook registration.</source>
        <translation>Partner Center でこのリクエストの対象が見つかりませんでした。API バージョンと、パートナーに Webhook が登録されていることを確認してください。</translation>
    </message>
    <message>
        <source>Partner Center refused the request (HTTP %1); the error code and description say why.</source>
        <extracomment>%1 is the HTTP status code, e.g. 405.</extracomment>
        <translation>Partner Center がリクエストを拒否しました (HTTP %1)。理由はエラー コードと説明を確認してください。</translation>
    </message>
    <message>
        <source>Partner Center or one of its dependencies failed (HTTP %1); try again later, and a retry with the same MS-RequestId is safe.</source>
        <extracomment>%1 is the HTTP status code, e.g. 503.</extracomment>
        <translation>Partner Center またはその依存サービスでエラーが発生しました (HTTP %1)。しばらくしてから再試行してください。同じ MS-RequestId で安全に再試行できます。</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1, which does not complete this request; check the base URL and the proxy settings.</source>
        <extracomment>%1 is the HTTP status code, e.g. 101.</extracomment>
        <translation>サーバーは HTTP %1 で応答しましたが、この応答ではリクエストは完了しません。ベース URL とプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The call was cancelled; if the request may have reached Partner Center, send it again with the same MS-RequestId.</source>
        <translation>呼び出しはキャンセルされました。リクエストが Partner Center に届いた可能性がある場合は、同じ MS-RequestId でもう一度送信してください。</translation>
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
        <translation>使用法は webhook-diag-cli --help で確認してください。</translation>
    </message>
    <message>
        <source>tokens are never accepted on the command line, where process lists and shell history would keep them; set PARTNER_CENTER_TOKEN or use --token-file FILE or --token-stdin.</source>
        <translation>プロセス一覧やシェルの履歴に残るため、トークンをコマンド ラインで指定することはできません。PARTNER_CENTER_TOKEN を設定するか、--token-file FILE または --token-stdin を使用してください。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>--%1 cannot be used with %2.</source>
        <translation>--%1 は %2 と同時に使用できません。</translation>
    </message>
    <message>
        <source>use either --token-file or --token-stdin, not both.</source>
        <translation>--token-file と --token-stdin は同時に使用できません。どちらか一方を使用してください。</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2.</source>
        <translation>トークン ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>cannot read the token from standard input.</source>
        <translation>標準入力からトークンを読み取れません。</translation>
    </message>
    <message>
        <source>no token: set PARTNER_CENTER_TOKEN, or use --token-file FILE or --token-stdin.</source>
        <translation>トークンがありません。PARTNER_CENTER_TOKEN を設定するか、--token-file FILE または --token-stdin を使用してください。</translation>
    </message>
    <message>
        <source>the token is larger than 64 KiB; that is not an access token.</source>
        <translation>トークンが 64 KiB を超えています。アクセス トークンではありません。</translation>
    </message>
    <message>
        <source>webhook-diag-cli: the call was made but could not be saved to the history: %1</source>
        <translation>webhook-diag-cli: 呼び出しは実行されましたが、履歴に保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId %1, MS-RequestId %2.</source>
        <translation>送信した MS-CorrelationId: %1、MS-RequestId: %2</translation>
    </message>
    <message>
        <source>No usable response (HTTP %1): %2 %3</source>
        <translation>有効な応答がありません (HTTP %1): %2 %3</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1, but the response held no correlationId.</source>
        <translation>Partner Center は HTTP %1 で応答しましたが、応答に correlationId が含まれていませんでした。</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2: %3</source>
        <translation>Partner Center は HTTP %1 (エラー %2) で応答しました: %3</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1: %2</source>
        <translation>Partner Center は HTTP %1 で応答しました: %2</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1 with error %2.</source>
        <translation>Partner Center は HTTP %1 (エラー %2) で応答しました。</translation>
    </message>
    <message>
        <source>Partner Center answered HTTP %1.</source>
        <translation>Partner Center は HTTP %1 で応答しました。</translation>
    </message>
    <message>
        <source>Retry after %1 seconds.</source>
        <translation>%1 秒後に再試行してください。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export には --output FILE が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n 件の呼び出しを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>no command given; use send, status, registration, history or export.</source>
        <translation>コマンドが指定されていません。send、status、registration、history、export のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; use send, status, registration, history or export.</source>
        <translation>不明なコマンド &quot;%1&quot; です。send、status、registration、history、export のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>status needs the correlationId to look up.</source>
        <translation>status には照会する correlationId が必要です。</translation>
    </message>
    <message>
        <source>--retry-of takes a history entry number or an MS-RequestId.</source>
        <translation>--retry-of には履歴エントリの番号または MS-RequestId を指定してください。</translation>
    </message>
    <message>
        <source>no call %1 in the history %2.</source>
        <translation>履歴 %2 に呼び出し %1 はありません。</translation>
    </message>
    <message>
        <source>use either --retry-of or --request-id, not both.</source>
        <translation>--retry-of と --request-id は同時に使用できません。どちらか一方を使用してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s) in the history were interrupted; &quot;webhook-diag-cli history --outcome interrupted&quot; lists them with the MS-RequestId to retry.</source>
        <translation>
            <numerusform>履歴内の以前の呼び出し %n 件が中断されています。&quot;webhook-diag-cli history --outcome interrupted&quot; を実行すると、再試行に使用する MS-RequestId と共に一覧表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying call %1 as a new call: it was answered (HTTP %2), so the MS-RequestId is not reused.</source>
        <translation>呼び出し %1 を新しい呼び出しとして再試行します。応答を受信済み (HTTP %2) のため、MS-RequestId は再利用しません。</translation>
    </message>
    <message>
        <source>Retrying call %1 with the same MS-RequestId %2: it may have reached Partner Center.</source>
        <translation>呼び出し %1 を同じ MS-RequestId %2 で再試行します。Partner Center に届いている可能性があります。</translation>
    </message>
    <message>
        <source>Nothing was sent; add --force to send anyway.</source>
        <translation>何も送信されていません。それでも送信する場合は --force を追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>Partner Center accepts 2 test events per minute; waiting %n second(s) before sending (--no-wait sends at once).</source>
        <translation>
            <numerusform>Partner Center が受け付けるテスト イベントは 1 分あたり 2 件までです。送信前に %n 秒待機します (--no-wait を指定するとすぐに送信します)。</numerusform>
        </translation>
    </message>
    <message>
        <source>webhook-diag-cli: %1 Nothing was sent.</source>
        <translation>webhook-diag-cli: %1 何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2).</source>
        <translation>
            <numerusform>%n 秒後に再試行します (%2 回中 %1 回目の試行)。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a correlationId (a GUID).</source>
        <translation>&quot;%1&quot; は correlationId (GUID) ではありません。</translation>
    </message>
    <message>
        <source>The call with correlationId %1 was sent on %2; Partner Center keeps a validation event&apos;s state for 7 days, so it has expired on the server and was not queried.</source>
        <translation>correlationId %1 の呼び出しは %2 に送信されました。Partner Center が検証イベントの状態を保持するのは 7 日間のため、サーバー上では期限切れになっており、照会は行っていません。</translation>
    </message>
    <message>
        <source>Status: %1; asking again shortly…</source>
        <translation>ステータス: %1。まもなく再度照会します…</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>コールバック URL: %1</translation>
    </message>
    <message>
        <source>Delivery attempts: %1</source>
        <translation>配信の試行回数: %1</translation>
    </message>
    <message>
        <source>(system error)</source>
        <translation>(システム エラー)</translation>
    </message>
    <message>
        <source>Webhook URL: %1</source>
        <translation>Webhook URL: %1</translation>
    </message>
    <message>
        <source>Subscribed events: %1</source>
        <translation>サブスクライブ済みイベント: %1</translation>
    </message>
    <message>
        <source>Last modified: %1</source>
        <translation>最終更新日時: %1</translation>
    </message>
    <message>
        <source>Available events: %1</source>
        <translation>利用可能なイベント: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>No HTTP response: %1 %2 To retry the same request safely, run send --retry-of %3.</source>
        <translation>HTTP 応答なし: %1 %2 同じリクエストを安全に再試行するには、send --retry-of %3 を実行してください。</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;; use success, client-error, server-error, network-error, cancelled, pending or interrupted.</source>
        <translation>不明な結果 &quot;%1&quot; です。success、client-error、server-error、network-error、cancelled、pending、interrupted のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Partner Center has not reported a final status yet; &quot;status --wait&quot; follows it to the end.</source>
        <translation>Partner Center はまだ最終ステータスを報告していません。「status --wait」で最後まで追跡できます。</translation>
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
        <translation>使用法: webhook-diag-cli [グローバル オプション] &lt;コマンド&gt; [コマンド オプション]

Partner Center の Create Validation Event リクエストを送信し、すべての呼び出しを
Webhook Diagnostics ウィンドウと共有する検索可能な履歴に記録します。

グローバル オプション:
  --history FILE       履歴データベース (既定: %1、
                       環境変数 WEBHOOK_DIAG_HISTORY)
  --base-url URL       API のベース URL (既定: %2、
                       環境変数 WEBHOOK_DIAG_BASE_URL)。http:// はループバック用のみ
  --timeout SECONDS    1 回の呼び出しに許可する合計時間 (秒)。既定は 30
  --help, --version

トークン (コマンド ラインでは不可): 環境変数 PARTNER_CENTER_TOKEN、--token-file FILE、
または --token-stdin。先頭の &quot;Bearer &quot; と前後の空白は取り除かれます。

コマンド:
  send [--api-version V] [--request-id GUID] [--retry-of ID] [--auto-retry]
       [--force] [--no-wait] [--json]
        検証イベントを POST します。成功すると correlationId のみを出力します。
        --request-id で MS-RequestId を再利用します (タイムアウト後の再試行用)。
        --retry-of ID で履歴の項目 (番号または MS-RequestId) を再試行します。応答なし
        または 5xx の後は同じ MS-RequestId、それ以外の応答の後は新しい ID を使います。
        --auto-retry はタイムアウト、5xx、429 を再試行します (最大 3 回)。
        --force はトークンが期限切れまたは Partner Center 用でなくても送信します。
        --no-wait は 1 分あたり 2 イベントの制限を待ちません。
        --json では代わりに、呼び出しの記録全体を JSON オブジェクト 1 つで出力します。
  status CORRELATION_ID [--wait] [--json]
        Partner Center がイベントを配信した先: ステータス、コールバック URL、
        各配信試行。--wait は最終ステータスになるまで再度問い合わせます。
  registration [--json]
        Webhook の登録と利用可能なイベント (読み取り専用)。test-created を
        購読していない場合は警告します。
  history [--search TEXT] [--outcome O] [--limit N] [--json]
        記録された呼び出しを新しい順に一覧表示します。TEXT は任意の ID、ステータス、
        エラー テキストに一致。O: success、client-error、server-error、network-error、
        cancelled、pending、interrupted
  export --output FILE [--search TEXT] [--outcome O]
        (フィルター適用後の) 履歴を CSV として書き出します。

終了コード: 0 成功、1 使用法の誤りまたは無効な入力 (送信なし)、2 HTTP 4xx、
3 HTTP 5xx または 429 (または correlationId のない 2xx)、4 HTTP 応答なし
(ネットワーク、TLS、タイムアウト)。
</translation>
    </message>
    <message>
        <source>call %1 is still being sent; retry it once it has finished.</source>
        <translation>呼び出し %1 はまだ送信中です。完了してから再試行してください。</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>Partner Center answered the status query with something that is not a status (HTTP %1).</source>
        <translation>Partner Center がステータスの照会に対して、ステータスではない内容を返しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>Partner Center does not know this correlationId (HTTP 404). It keeps a validation event for 7 days; the event may also have been sent with another tenant or to another endpoint.</source>
        <translation>Partner Center はこの correlationId を認識していません (HTTP 404)。検証イベントが保持されるのは 7 日間です。また、イベントが別のテナントで、または別のエンドポイントに送信された可能性もあります。</translation>
    </message>
    <message>
        <source>The status query was refused (HTTP %1): %2</source>
        <translation>ステータスの照会が拒否されました (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The status query failed: %1</source>
        <translation>ステータスの照会に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryView</name>
    <message>
        <source>Delivery status</source>
        <translation>配信ステータス</translation>
    </message>
    <message>
        <source>Check delivery status</source>
        <translation>配信ステータスを確認</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;G)</translation>
    </message>
    <message>
        <source>Stop checking the delivery status</source>
        <translation>配信ステータスの確認を停止</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>確認を停止(&amp;O)</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>コールバック URL</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>配信の試行</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>System error</source>
        <translation>システム エラー</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Delivery: asking Partner Center where the event %1 went…</source>
        <translation>配信: イベント %1 の配信先を Partner Center に問い合わせています…</translation>
    </message>
    <message>
        <source>Delivery: %1. Partner Center delivered the event to the partner&apos;s endpoint.</source>
        <translation>配信: %1。Partner Center はイベントをパートナーのエンドポイントに配信しました。</translation>
    </message>
    <message>
        <source>Delivery: %1. The partner&apos;s endpoint did not accept the event; see the attempts below.</source>
        <translation>配信: %1。パートナーのエンドポイントがイベントを受け付けませんでした。下の試行を確認してください。</translation>
    </message>
    <message>
        <source>Delivery: %1, still delivering; checking again shortly.</source>
        <translation>配信: %1、配信中です。まもなく再確認します。</translation>
    </message>
    <message>
        <source>Delivery: %1, still delivering.</source>
        <translation>配信: %1、配信中です。</translation>
    </message>
    <message>
        <source>Delivery: &quot;%1&quot; (a status this version does not know).</source>
        <translation>配信: &quot;%1&quot; (このバージョンでは認識できないステータス)。</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>確認日時: %1。</translation>
    </message>
    <message>
        <source>Callback URL: %1</source>
        <translation>コールバック URL: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>&amp;Global Partner Center (https://api.partnercenter.microsoft.com)</source>
        <translation>グローバル Partner Center (https://api.partnercenter.microsoft.com)(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;ustom base URL:</source>
        <translation>カスタム ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>https://partner.partnercenterapi.microsoftonline.cn</source>
        <translation>https://partner.partnercenterapi.microsoftonline.cn</translation>
    </message>
    <message>
        <source>Only https:// is accepted, except http:// to this computer for testing. A path prefix is kept.</source>
        <translation>https:// のみ使用できます (テスト用に、このコンピューターへの http:// は例外として使用できます)。パス プレフィックスは保持されます。</translation>
    </message>
</context>
<context>
    <name>HistoryCsvExporter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation>%1 に書き込めません: %2。何もエクスポートされませんでした。</translation>
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
        <translation>履歴 %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the history %1.</source>
        <translation>履歴 %1 を開けません。</translation>
    </message>
    <message>
        <source>The file %1 is not a usable history database.</source>
        <translation>ファイル %1 は使用可能な履歴データベースではありません。</translation>
    </message>
    <message>
        <source>The history %1 cannot use write-ahead logging.</source>
        <translation>履歴 %1 では先行書き込みログ (WAL) を使用できません。</translation>
    </message>
    <message>
        <source>Cannot configure the history %1.</source>
        <translation>履歴 %1 を構成できません。</translation>
    </message>
    <message>
        <source>The history %1 is busy or unreadable.</source>
        <translation>履歴 %1 は使用中か、読み取れません。</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the history %1.</source>
        <translation>履歴 %1 のスキーマ バージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of Webhook Diagnostics (schema %2; this version understands up to %3).</source>
        <translation>履歴 %1 は新しいバージョンの Webhook Diagnostics で書き込まれています (スキーマ %2。このバージョンが対応しているのはスキーマ %3 までです)。</translation>
    </message>
    <message>
        <source>Cannot upgrade the history %1 to schema %2.</source>
        <translation>履歴 %1 をスキーマ %2 にアップグレードできません。</translation>
    </message>
    <message>
        <source>Cannot record the schema version of the history %1.</source>
        <translation>履歴 %1 のスキーマ バージョンを記録できません。</translation>
    </message>
    <message>
        <source>Cannot save the history %1.</source>
        <translation>履歴 %1 を保存できません。</translation>
    </message>
    <message>
        <source>Cannot save the call to the history %1.</source>
        <translation>呼び出しを履歴 %1 に保存できません。</translation>
    </message>
    <message>
        <source>Cannot index the call in the history %1.</source>
        <translation>履歴 %1 で呼び出しのインデックスを作成できません。</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <source>The history %1 is busy; the call was not saved.</source>
        <translation>履歴 %1 は使用中です。呼び出しは保存されませんでした。</translation>
    </message>
    <message>
        <source>Cannot search the history %1.</source>
        <translation>履歴 %1 を検索できません。</translation>
    </message>
    <message>
        <source>Cannot read the history %1.</source>
        <translation>履歴 %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The call %1 is no longer in the history %2.</source>
        <translation>呼び出し %1 は履歴 %2 にもう存在しません。</translation>
    </message>
    <message>
        <source>The program stopped before this call finished. The request may have reached Partner Center: retry it with the same MS-RequestId.</source>
        <translation>この呼び出しが完了する前にプログラムが停止しました。リクエストが Partner Center に届いている可能性があります。同じ MS-RequestId で再試行してください。</translation>
    </message>
    <message>
        <source>The history %1 cannot be read without upgrading it, and it cannot be written.</source>
        <translation>履歴 %1 はアップグレードしないと読み取れず、書き込みもできません。</translation>
    </message>
    <message>
        <source>The history %1 cannot be written here: calls are shown, but new calls are not saved.</source>
        <translation>履歴 %1 にはここで書き込めません。呼び出しは表示されますが、新しい呼び出しは保存されません。</translation>
    </message>
    <message>
        <source>It is shown read-only; new calls are not saved to it.</source>
        <translation>読み取り専用で表示します。新しい呼び出しは保存されません。</translation>
    </message>
    <message>
        <source>The history %1 is damaged (%2) and cannot be moved aside.</source>
        <translation>履歴 %1 は破損しており (%2)、別名で退避できません。</translation>
    </message>
    <message>
        <source>The history %1 was damaged (%2). It was kept as %3, and a new history was started.</source>
        <translation>履歴 %1 は破損していました (%2)。%3 として保管し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>The history %1 is open read-only; nothing was saved.</source>
        <translation>履歴 %1 は読み取り専用で開かれています。何も保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
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
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
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
        <translation>配信</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>no response (attempt %1)</source>
        <translation>応答なし (%1 回目の試行)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (%2 回目の試行)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <extracomment>Delivery column: the status Partner Center reported, then how many attempts it made</extracomment>
        <translation>
            <numerusform>%1、試行 %n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWorker</name>
    <message>
        <source>The history is not open.</source>
        <translation>履歴が開かれていません。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>送信前にキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>The API version must be a number such as 1 or v1 (no spaces, slashes or other characters).</source>
        <translation>API バージョンは 1 や v1 のような番号で指定してください (スペース、スラッシュ、その他の文字は使用できません)。</translation>
    </message>
    <message>
        <source>The access token is empty; paste the bearer token.</source>
        <translation>アクセス トークンが空です。Bearer トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The access token contains a line break or another control character; paste the token alone, on one line.</source>
        <translation>アクセス トークンに改行またはその他の制御文字が含まれています。トークンだけを 1 行で貼り付けてください。</translation>
    </message>
    <message>
        <source>The access token contains a space or a non-ASCII character; paste only the token itself.</source>
        <translation>アクセス トークンにスペースまたは ASCII 以外の文字が含まれています。トークン本体のみを貼り付けてください。</translation>
    </message>
    <message>
        <source>The base URL is empty.</source>
        <translation>ベース URL が空です。</translation>
    </message>
    <message>
        <source>The base URL is not a valid absolute URL such as https://api.partnercenter.microsoft.com.</source>
        <translation>ベース URL が有効な絶対 URL ではありません (例: https://api.partnercenter.microsoft.com)。</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>ベース URL は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The base URL must use https://; http:// is accepted only for this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>ベース URL には https:// を使用してください。http:// はこのコンピューター (localhost、127.0.0.1、::1) に対してのみ使用できます。</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>ベース URL にユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?) or a fragment (#).</source>
        <translation>ベース URL にクエリ (?) やフラグメント (#) を含めることはできません。</translation>
    </message>
    <message>
        <source>The request ID must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</source>
        <translation>リクエスト ID は 3f2504e0-4f89-11d3-9a0c-0305e82c3301 のような GUID で指定してください。</translation>
    </message>
    <message>
        <source>The timeout must be a whole number of seconds from 1 to 3600.</source>
        <translation>タイムアウトは 1 ～ 3600 秒の整数で指定してください。</translation>
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
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>The webhook API version: 1 or v1.</source>
        <translation>Webhook API のバージョン (1 または v1)。</translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation>Bearer トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Paste an access token for the Partner Center API</source>
        <translation>Partner Center API のアクセス トークンを貼り付けてください</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>トークンを表示または非表示にします</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Choose the Partner Center endpoint</source>
        <translation>Partner Center のエンドポイントを選択します</translation>
    </message>
    <message>
        <source>&amp;Send validation event</source>
        <translation>検証イベントを送信(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>前回の呼び出し</translation>
    </message>
    <message>
        <source>No call sent yet. Paste a token and press Send.</source>
        <translation>まだ呼び出しを送信していません。トークンを貼り付けて [検証イベントを送信] を押してください。</translation>
    </message>
    <message>
        <source>co&amp;rrelationId:</source>
        <translation>correlationId(&amp;R):</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Search IDs, status, error code or text (Ctrl+F)</source>
        <translation>ID、ステータス、エラー コード、テキストを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Select a call to see the full request and response.</source>
        <translation>呼び出しを選択すると、リクエストと応答の全体が表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>呼び出し(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>履歴を CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the calls the history currently shows (search and filter applied)</source>
        <translation>履歴に現在表示されている呼び出しをエクスポートします (検索とフィルターを適用)</translation>
    </message>
    <message>
        <source>Export &amp;all calls as CSV…</source>
        <translation>すべての呼び出しを CSV にエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Endpoint settings…</source>
        <translation>エンドポイントの設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy &amp;correlationId</source>
        <translation>correlationId をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;MS-CorrelationId</source>
        <translation>MS-CorrelationId をコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy MS-&amp;RequestId</source>
        <translation>MS-RequestId をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy as &amp;ticket text</source>
        <translation>チケット用テキストとしてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy selected c&amp;ells</source>
        <translation>選択したセルをコピー(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in history</source>
        <translation>履歴を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel call</source>
        <translation>呼び出しをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>すべての呼び出し</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Client errors</source>
        <translation>クライアント エラー</translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation>サーバー エラー</translation>
    </message>
    <message>
        <source>Network errors</source>
        <translation>ネットワーク エラー</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>履歴を使用できません</translation>
    </message>
    <message>
        <source>Call saved to the history.</source>
        <translation>呼び出しを履歴に保存しました。</translation>
    </message>
    <message>
        <source>This call could not be saved to the history: %1 Copy its IDs now.</source>
        <translation>この呼び出しを履歴に保存できませんでした: %1 今のうちに ID をコピーしてください。</translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation>呼び出しが保存されていません</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln call(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件の呼び出しを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>履歴: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
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
        <translation>チケット用テキスト</translation>
    </message>
    <message>
        <source>Global Partner Center (%1)</source>
        <translation>グローバル Partner Center (%1)</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the highlighted field.</source>
        <translation>何も送信されていません。強調表示されたフィールドを修正してください。</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 に送信しています…</translation>
    </message>
    <message>
        <source>Accepted: Partner Center will send a test-created event to the registered webhook URL.</source>
        <translation>受け付けられました。Partner Center から登録済みの Webhook URL に test-created イベントが送信されます。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>No response from Partner Center.</source>
        <translation>Partner Center から応答がありません。</translation>
    </message>
    <message>
        <source>Failed: HTTP %1 %2</source>
        <translation>失敗: HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP ステータス: %1 %2</translation>
    </message>
    <message>
        <source>Sent MS-CorrelationId: %1</source>
        <translation>送信した MS-CorrelationId: %1</translation>
    </message>
    <message>
        <source>Sent MS-RequestId: %1</source>
        <translation>送信した MS-RequestId: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>所要時間: %1 ms</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>correlationId %1 received.</source>
        <translation>correlationId %1 を受信しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件の呼び出し</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 件の呼び出し</numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no %1 to copy.</source>
        <translation>この呼び出しにはコピーできる %1 がありません。</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n 行をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>履歴を CSV にエクスポート</translation>
    </message>
    <message>
        <source>Export all calls as CSV</source>
        <translation>すべての呼び出しを CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>The webhook API version, 1 or v1</source>
        <translation>Webhook API のバージョン (1 または v1)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>The access token; it is masked and never stored</source>
        <translation>アクセス トークン。マスク表示され、保存されることはありません</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Change endpoint</source>
        <translation>エンドポイントを変更</translation>
    </message>
    <message>
        <source>Send validation event</source>
        <translation>検証イベントを送信</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>呼び出しをキャンセル</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>correlationId of the last call</source>
        <translation>最後の呼び出しの correlationId</translation>
    </message>
    <message>
        <source>Copy correlationId</source>
        <translation>correlationId をコピー</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>Matches any ID fragment, status, error code or text</source>
        <translation>ID の一部、ステータス、エラー コード、テキストに一致します</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>結果フィルター</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>呼び出し履歴</translation>
    </message>
    <message>
        <source>Every call, newest first</source>
        <translation>すべての呼び出し (新しい順)</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>呼び出しの詳細</translation>
    </message>
    <message>
        <source>The full request and response of the selected call</source>
        <translation>選択した呼び出しの完全なリクエストと応答</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Webhook Diagnostics</source>
        <translation>Webhook Diagnostics について(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The language changes the next time Webhook Diagnostics starts.</source>
        <translation>言語は次回 Webhook Diagnostics を起動したときに変わります。</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>トークンのクレーム</translation>
    </message>
    <message>
        <source>Retry &amp;automatically</source>
        <translation>自動的に再試行(&amp;A)</translation>
    </message>
    <message>
        <source>After a timeout, a 5xx or a 429, send again up to 3 attempts in all, waiting longer each time and as long as Retry-After asks</source>
        <translation>タイムアウト、5xx、429 の後に、合計 3 回の試行まで再送信します (待機時間は毎回長くなり、Retry-After で指定された時間は必ず待機します)</translation>
    </message>
    <message>
        <source>&amp;Retry call</source>
        <translation>呼び出しを再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Send the selected call again: with the same MS-RequestId when it got no answer or a 5xx, else as a new call</source>
        <translation>選択した呼び出しを再送信します。応答がなかったか 5xx だった場合は同じ MS-RequestId で、それ以外の場合は新しい呼び出しとして送信します</translation>
    </message>
    <message>
        <source>Check &amp;delivery status</source>
        <translation>配信ステータスを確認(&amp;D)</translation>
    </message>
    <message>
        <source>Check webhook re&amp;gistration…</source>
        <translation>Webhook の登録を確認(&amp;G)…</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>The call could not be written to the history first (%1); sending anyway.</source>
        <translation>呼び出しを先に履歴に書き込めませんでした (%1)。このまま送信します。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were interrupted when a program stopped mid-call; select one and press Ctrl+R to retry it with the same MS-RequestId.</source>
        <translation>
            <numerusform>プログラムが呼び出しの途中で停止したため、%n 件の呼び出しが中断されました。呼び出しを選択して Ctrl+R を押すと、同じ MS-RequestId で再試行できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the token</source>
        <translation>トークンの確認</translation>
    </message>
    <message>
        <source>Send the validation event anyway?</source>
        <translation>それでも検証イベントを送信しますか?</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>このまま送信(&amp;A)</translation>
    </message>
    <message>
        <source>Select a saved call to retry.</source>
        <translation>再試行する保存済みの呼び出しを選択してください。</translation>
    </message>
    <message>
        <source>That call is still being sent; retry it once it has finished.</source>
        <translation>その呼び出しはまだ送信中です。完了してから再試行してください。</translation>
    </message>
    <message>
        <source>Retrying as a new call: the earlier one was answered.</source>
        <translation>新しい呼び出しとして再試行しています。前回の呼び出しには応答がありました。</translation>
    </message>
    <message>
        <source>Retrying with the same MS-RequestId %1.</source>
        <translation>同じ MS-RequestId %1 で再試行しています。</translation>
    </message>
    <message>
        <source>Partner Center&apos;s limit</source>
        <translation>Partner Center の制限</translation>
    </message>
    <message>
        <source>Partner Center accepts 2 test events per minute, and 2 were sent to this endpoint in the last minute. A third now would probably be refused with 429.</source>
        <translation>Partner Center が受け付けるテスト イベントは 1 分あたり 2 件までで、このエンドポイントには直前の 1 分間に 2 件送信されています。今 3 件目を送信すると、429 で拒否される可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>The next one can go in %n second(s).</source>
        <translation>
            <numerusform>次のイベントは %n 秒後に送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait and send</source>
        <translation>待ってから送信(&amp;W)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>今すぐ送信(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for Partner Center&apos;s limit of 2 test events per minute; Esc cancels.</source>
        <translation>
            <numerusform>Partner Center の制限 (テスト イベントは 1 分あたり 2 件まで) のため、%n 秒待機しています。Esc キーでキャンセルできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されていません。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>キャンセルされました。何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s) (attempt %1 of %2); Esc cancels.</source>
        <translation>
            <numerusform>%n 秒後に再試行します (%2 回中 %1 回目の試行)。Esc キーでキャンセルできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center&apos;s Retry-After wait is over: you can send again.</source>
        <translation>Partner Center の Retry-After による待機時間が終わりました。もう一度送信できます。</translation>
    </message>
    <message numerus="yes">
        <source>Throttled: Partner Center asks to wait %n more second(s) before the next call.</source>
        <translation>
            <numerusform>スロットリング: Partner Center から、次の呼び出しまであと %n 秒待つよう求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>State expired on the server: Partner Center keeps a validation event for 7 days, and this one was sent on %1. It was not queried.</source>
        <translation>サーバー上で状態の保持期限が切れています。Partner Center が検証イベントを保持するのは 7 日間で、このイベントは %1 に送信されました。照会は行っていません。</translation>
    </message>
    <message>
        <source>Paste a token to check where this event was delivered.</source>
        <translation>このイベントの配信先を確認するには、トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Stopped checking the delivery status.</source>
        <translation>配信ステータスの確認を停止しました。</translation>
    </message>
    <message>
        <source>This call has no correlationId: Partner Center did not accept it, so there is no delivery to check.</source>
        <translation>この呼び出しには correlationId がありません。Partner Center が受け付けなかったため、確認する配信はありません。</translation>
    </message>
    <message>
        <source>Attempt %1 (retry of call %2)</source>
        <translation>%1 回目の試行 (呼び出し %2 の再試行)</translation>
    </message>
    <message>
        <source>Token tenant: %1</source>
        <translation>トークンのテナント: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>This call was not saved: the history is unavailable or read-only. Copy its IDs now.</source>
        <translation>この呼び出しは保存されませんでした。履歴が使用できないか読み取り専用です。今のうちに ID をコピーしてください。</translation>
    </message>
</context>
<context>
    <name>PendingCall</name>
    <message>
        <source>Cancelled before the call finished.</source>
        <translation>呼び出しの完了前にキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>The response did not finish within %n second(s); the rest was not read.</source>
        <translation>
            <numerusform>応答が %n 秒以内に完了しませんでした。残りは読み取られていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No response within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内に応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The response did not contain a correlationId.</source>
        <translation>応答に correlationId が含まれていませんでした。</translation>
    </message>
    <message>
        <source>Too many redirects; the last pointed to %1.</source>
        <translation>リダイレクトが多すぎます。最後のリダイレクト先は %1 です。</translation>
    </message>
    <message>
        <source>The server redirected to another origin (%1); the redirect was not followed, so the token was not sent there.</source>
        <translation>サーバーが別のオリジン (%1) にリダイレクトしました。リダイレクトには従わなかったため、トークンはリダイレクト先に送信されていません。</translation>
    </message>
    <message>
        <source>The TLS connection was refused: %1. Check the system clock, the proxy and the certificate store.</source>
        <translation>TLS 接続が拒否されました: %1。システムの時計、プロキシ、証明書ストアを確認してください。</translation>
    </message>
    <message>
        <source>The connection failed without a response.</source>
        <translation>応答がないまま接続に失敗しました。</translation>
    </message>
    <message>
        <source>[token removed]</source>
        <translation>[トークンを削除]</translation>
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
        <translation>このパートナーには Webhook が登録されていません。Partner Center にはイベント (検証イベントを含む) の配信先がありません。</translation>
    </message>
    <message>
        <source>The registration could not be read: the answer was not a registration.</source>
        <translation>登録情報を読み取れませんでした。応答が登録情報ではありませんでした。</translation>
    </message>
    <message>
        <source>The registration could not be read (%1).</source>
        <translation>登録情報を読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>The registration does not subscribe to &quot;%1&quot;: validation events will not be delivered to %2.</source>
        <translation>登録で &quot;%1&quot; がサブスクライブされていません。検証イベントは %2 に配信されません。</translation>
    </message>
    <message>
        <source>The list of available events could not be read (%1).</source>
        <translation>利用可能なイベントの一覧を読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>The list of available events could not be read: the answer was not a list.</source>
        <translation>利用可能なイベントの一覧を読み取れませんでした。応答が一覧ではありませんでした。</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Webhook registration</source>
        <translation>Webhook の登録</translation>
    </message>
    <message>
        <source>Registration warning</source>
        <translation>登録に関する警告</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook URL:</translation>
    </message>
    <message>
        <source>Subscribed events:</source>
        <translation>サブスクライブ済みイベント:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>最終更新日時:</translation>
    </message>
    <message>
        <source>Available events:</source>
        <translation>利用可能なイベント:</translation>
    </message>
    <message>
        <source>Registration error</source>
        <translation>登録エラー</translation>
    </message>
    <message>
        <source>Read-only: this tool never changes a registration.</source>
        <translation>読み取り専用: このツールが登録を変更することはありません。</translation>
    </message>
    <message>
        <source>Reading the registration</source>
        <translation>登録情報を読み取り中</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(読み取れませんでした)</translation>
    </message>
    <message>
        <source>Paste a valid token in the main window to read the registration.</source>
        <translation>登録を読み取るには、メイン ウィンドウに有効なトークンを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>Result: HTTP %1 (%2)</source>
        <extracomment>%1 is the HTTP status code; %2 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation>結果: HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>Result: HTTP %1 %2 (%3)</source>
        <extracomment>%1 is the HTTP status code, %2 its reason phrase (e.g. Unauthorized), %3 the outcome&apos;s machine name, e.g. client-error.</extracomment>
        <translation>結果: HTTP %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Result: no HTTP response (%1)</source>
        <extracomment>%1 is the outcome&apos;s machine name, e.g. network-error.</extracomment>
        <translation>結果: HTTP 応答なし (%1)</translation>
    </message>
    <message>
        <source>Partner Center webhook validation event</source>
        <translation>Partner Center Webhook 検証イベント</translation>
    </message>
    <message>
        <source>Time (UTC): %1</source>
        <translation>日時 (UTC): %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>エンドポイント: %1</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>API バージョン: %1</translation>
    </message>
    <message>
        <source>correlationId: none</source>
        <translation>correlationId: なし</translation>
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
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Error description: %1</source>
        <translation>エラーの説明: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>ネットワーク エラー: %1</translation>
    </message>
</context>
<context>
    <name>TokenInsight</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>The token&apos;s claims could not be read (it is not a JWT); it can still be sent.</source>
        <translation>トークンのクレームを読み取れませんでした (JWT ではありません)。送信は可能です。</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>アプリケーション: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>有効期限: %1 (%2)</translation>
    </message>
    <message>
        <source>The token carries none of the usual claims.</source>
        <translation>トークンに通常のクレームが含まれていません。</translation>
    </message>
    <message>
        <source>The token expired at %1 (%2); Partner Center will answer 401.</source>
        <translation>トークンの有効期限は %1 (%2) に切れています。Partner Center は 401 を返します。</translation>
    </message>
    <message>
        <source>The token is not valid before %1; check this computer&apos;s clock.</source>
        <translation>トークンは %1 より前には有効ではありません。このコンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <source>The token is for %1, not for the Partner Center API (%2); request it with the resource %2.</source>
        <translation>トークンは %1 向けで、Partner Center API (%2) 向けではありません。リソース %2 を指定してトークンを要求してください。</translation>
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
        <translation>Partner Center の Webhook 検証イベントを送信し、すべての呼び出しの履歴を検索します。</translation>
    </message>
    <message>
        <source>History database to use (env WEBHOOK_DIAG_HISTORY).</source>
        <translation>使用する履歴データベース (環境変数 WEBHOOK_DIAG_HISTORY)。</translation>
    </message>
    <message>
        <source>API base URL for this run (env WEBHOOK_DIAG_BASE_URL).</source>
        <translation>今回の実行で使用する API のベース URL (環境変数 WEBHOOK_DIAG_BASE_URL)。</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, ja or en.</source>
        <translation>ウィンドウの言語 (例: de、fr、ja、en)。</translation>
    </message>
</context>
</TS>
