#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

// What a bearer token says about itself: its JWT claims, decoded locally without checking the
// signature and without any network. Only the claims are kept, never the token. A token that
// is not a readable JWT is still fine to send; readable is then false.
struct TokenClaims
{
    Q_DECLARE_TR_FUNCTIONS(TokenClaims)

public:
    // The Global Partner Center API's resource URI, the audience its tokens must carry.
    static QString partnerCenterAudience();

    bool readable = false;
    QString tenantId; // tid
    QString appId; // appid, else azp
    QString user; // upn, else unique_name, else preferred_username, else email
    QStringList audiences; // aud: one string or an array
    std::optional<QDateTime> expiresAtUtc; // exp
    std::optional<QDateTime> notBeforeUtc; // nbf

    // The audiences joined with ", ".
    QString audienceText() const;
    bool isExpired(const QDateTime &nowUtc) const;
    // Whether an audience names the Partner Center API: its resource URI (Global or 21Vianet,
    // with or without a trailing slash, any case), its application ID, or the origin of
    // baseUrl (a custom endpoint). True when there is no aud claim to judge by.
    bool isPartnerCenterAudience(const QUrl &baseUrl) const;

    // Decodes the payload of a compact JWT (header.payload.signature, base64url). Never throws
    // and never trusts a length, a type or an encoding; claim values are capped and stripped of
    // control characters. The token may carry a "Bearer " prefix and surrounding white space.
    static TokenClaims decode(QStringView token);
};
