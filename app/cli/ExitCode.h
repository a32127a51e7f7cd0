#pragma once

// webhook-diag-cli's exit codes; scripts depend on them (DESIGN.md, README).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitUsage = 1, // usage or invalid input; nothing was sent
    ExitClientError = 2, // HTTP 4xx (except 429)
    ExitServerError = 3, // HTTP 5xx or 429, or a 2xx without a correlationId
    ExitNoResponse = 4, // no HTTP response: network, TLS, timeout, cancelled
};
