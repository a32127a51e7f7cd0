#include "RegistrationCheck.h"

#include "api/ApiClient.h"
#include "api/PendingCall.h"
#include "api/ResponseParser.h"

bool RegistrationCheck::Report::notRegistered() const
{
    return registrationCall.httpStatus == 404
        || (registrationCall.outcome == Outcome::Success && registration.parsed
            && !registration.exists());
}

bool RegistrationCheck::Report::missesTestCreated() const
{
    return registration.exists() && !registration.hasEvent(testCreatedEvent());
}

RegistrationCheck::RegistrationCheck(ApiClient *client, CallRequest request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{ }

RegistrationCheck::~RegistrationCheck()
{
    for (PendingCall *call : {m_registrationCall.data(), m_eventsCall.data()}) {
        if (call)
            call->disconnect(this);
    }
    m_request.token.fill(QLatin1Char('\0'));
}

void RegistrationCheck::start()
{
    if (m_running)
        return;
    m_running = true;
    m_registrationDone = m_eventsDone = false;
    m_report = Report();

    m_registrationCall = m_client->getRegistration(m_request);
    PendingCall *registration = m_registrationCall;
    connect(
        registration, &PendingCall::finished, this, [this, registration](const CallRecord &record) {
            m_report.registrationCall = record;
            if (record.outcome == Outcome::Success)
                m_report.registration = ResponseParser::registration(registration->body());
            m_registrationDone = true;
            maybeFinish();
        });
    m_eventsCall = m_client->getRegistrationEvents(m_request);
    PendingCall *events = m_eventsCall;
    connect(events, &PendingCall::finished, this, [this, events](const CallRecord &record) {
        m_report.eventsCall = record;
        if (record.outcome == Outcome::Success)
            m_report.availableEvents = ResponseParser::eventNames(events->body());
        m_eventsDone = true;
        maybeFinish();
    });
}

void RegistrationCheck::cancel()
{
    for (PendingCall *call : {m_registrationCall.data(), m_eventsCall.data()}) {
        if (call)
            call->cancel();
    }
}

QString RegistrationCheck::failure(const CallRecord &call)
{
    // Used inside parentheses: no full stop of its own.
    const auto bare = [](QString text) {
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    };
    if (!call.httpStatus)
        return bare(call.networkError);
    const QString detail
        = call.errorDescription.isEmpty() ? call.networkError : call.errorDescription;
    return detail.isEmpty() ? tr("HTTP %1").arg(call.statusText())
                            : tr("HTTP %1: %2").arg(call.statusText(), bare(detail));
}

void RegistrationCheck::maybeFinish()
{
    if (!m_registrationDone || !m_eventsDone)
        return;
    m_running = false;
    m_request.token.fill(QLatin1Char('\0'));
    m_request.token.clear();
    Report &r = m_report;
    const CallRecord &reg = r.registrationCall;
    if (r.notRegistered()) {
        r.warnings.append(tr("This partner has no webhook registration: Partner Center has "
                             "nowhere to deliver events, validation events included."));
    } else if (reg.outcome == Outcome::Success && !r.registration.parsed) {
        r.error = tr("The registration could not be read: the answer was not a registration.");
    } else if (reg.outcome != Outcome::Success) {
        r.error = tr("The registration could not be read (%1).").arg(failure(reg));
    }
    if (r.missesTestCreated()) {
        r.warnings.append(tr("The registration does not subscribe to \"%1\": validation events "
                             "will not be delivered to %2.")
                              .arg(testCreatedEvent(), r.registration.webhookUrl));
    }
    if (r.eventsCall.outcome != Outcome::Success) {
        const QString sentence
            = tr("The list of available events could not be read (%1).").arg(failure(r.eventsCall));
        r.error = r.error.isEmpty() ? sentence : r.error + QLatin1Char(' ') + sentence;
    } else if (!r.availableEvents) {
        const QString sentence
            = tr("The list of available events could not be read: the answer was not a list.");
        r.error = r.error.isEmpty() ? sentence : r.error + QLatin1Char(' ') + sentence;
    }
    emit finished(r);
}
