#include "FormGatewayProxy.h"

#include "ErrorCodes.h"

#include <QTimer>

namespace guichet {
namespace {

Error notSignedIn()
{
    return Error(ErrorCode::AuthTokenMissing, QStringLiteral("nobody is signed in"));
}

// Callbacks never run before the call returns, also when failing at once.
void failLater(QObject* context, const forms::FormGateway::JsonDone& done)
{
    QTimer::singleShot(0, context, [done] { done(notSignedIn()); });
}

} // namespace

void FormGatewayProxy::setTarget(forms::FormGateway* target)
{
    for (const QMetaObject::Connection& c : m_connections)
        disconnect(c);
    m_connections.clear();
    const bool changed = m_target != target;
    m_target = target;
    // Screens holding a form or drafts of the previous space let them go.
    if (changed)
        Q_EMIT spaceChanged();
    if (!target)
        return;
    m_connections.append(connect(target, &forms::FormGateway::submissionSent, this,
                                 &forms::FormGateway::submissionSent));
    m_connections.append(connect(target, &forms::FormGateway::submissionRefused, this,
                                 &forms::FormGateway::submissionRefused));
    m_connections.append(connect(target, &forms::FormGateway::publicSubmissionSent, this,
                                 &forms::FormGateway::publicSubmissionSent));
}

QString FormGatewayProxy::spaceId() const
{
    return m_target ? m_target->spaceId() : QString();
}

QString FormGatewayProxy::personName() const
{
    return m_target ? m_target->personName() : QString();
}

forms::Company FormGatewayProxy::company() const
{
    return m_target ? m_target->company() : forms::Company();
}

void FormGatewayProxy::fetchForm(const QString& formId, const QString& language, QObject* context,
                                 JsonDone done)
{
    if (m_target)
        m_target->fetchForm(formId, language, context, std::move(done));
    else
        failLater(context, done);
}

void FormGatewayProxy::fetchPrefill(const QString& formId, const QString& version,
                                    const QString& language, QObject* context, JsonDone done)
{
    if (m_target)
        m_target->fetchPrefill(formId, version, language, context, std::move(done));
    else
        failLater(context, done);
}

void FormGatewayProxy::giveConsent(const forms::ConsentNeeded& consent, const QString& formId,
                                   QObject* context, JsonDone done)
{
    if (m_target)
        m_target->giveConsent(consent, formId, context, std::move(done));
    else
        failLater(context, done);
}

Result<QString> FormGatewayProxy::queueCorrection(const forms::CorrectionProposal& proposal)
{
    return m_target ? m_target->queueCorrection(proposal) : Result<QString>(notSignedIn());
}

Result<QString> FormGatewayProxy::queueSubmission(const forms::SubmissionPackage& package)
{
    return m_target ? m_target->queueSubmission(package) : Result<QString>(notSignedIn());
}

QList<forms::SpaceDocument> FormGatewayProxy::spaceDocuments() const
{
    return m_target ? m_target->spaceDocuments() : QList<forms::SpaceDocument>{};
}

forms::DraftStore* FormGatewayProxy::drafts() const
{
    return m_target ? m_target->drafts() : nullptr;
}

bool FormGatewayProxy::needsSubmitterContact() const
{
    return m_target && m_target->needsSubmitterContact();
}

forms::SubmitterContact FormGatewayProxy::submitterContact() const
{
    return m_target ? m_target->submitterContact() : forms::SubmitterContact{};
}

void FormGatewayProxy::setSubmitterContact(const forms::SubmitterContact& contact)
{
    if (m_target)
        m_target->setSubmitterContact(contact);
}

} // namespace guichet
