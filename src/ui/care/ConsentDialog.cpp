#include "ui/care/ConsentDialog.h"

#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "ui/common/Guarded.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tf {

namespace {
QComboBox *combo(QWidget *parent, const char *name, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessible);
    return box;
}
} // namespace

ConsentDialog::ConsentDialog(
    Workspace &workspace, qint64 clientId, ConsentScope scope, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clientId(clientId)
    , m_scope(combo(this, "consentScopeComboBox", tr("Sharing with")))
    , m_decision(combo(this, "consentDecisionComboBox", tr("Decision")))
    , m_limitation(new QLineEdit(this))
    , m_givenBy(combo(this, "consentGivenByComboBox", tr("Given by")))
    , m_representative(new QLineEdit(this))
    , m_form(combo(this, "consentFormComboBox", tr("Form")))
    , m_decidedOn(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Register consent"));
    for (ConsentScope s : allConsentScopes())
        m_scope->addItem(consentScopeLabel(s), static_cast<int>(s));
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(scope)));
    for (ConsentDecision d :
        {ConsentDecision::Given, ConsentDecision::Limited, ConsentDecision::Refused})
        m_decision->addItem(consentDecisionLabel(d), static_cast<int>(d));
    m_givenBy->addItem(tr("The client"), static_cast<int>(ConsentGivenBy::Client));
    m_givenBy->addItem(tr("A representative"), static_cast<int>(ConsentGivenBy::Representative));
    m_form->addItem(tr("Oral"), static_cast<int>(ConsentForm::Oral));
    m_form->addItem(tr("Written"), static_cast<int>(ConsentForm::Written));
    m_limitation->setObjectName(QStringLiteral("consentLimitationLineEdit"));
    m_limitation->setAccessibleName(tr("Limitation"));
    setWholePlaceholder(m_limitation, tr("Only for a limited consent: what may be shared"));
    m_representative->setObjectName(QStringLiteral("representativeLineEdit"));
    m_representative->setAccessibleName(tr("Representative"));
    setWholePlaceholder(m_representative, tr("Name and role, e.g. guardian"));
    m_decidedOn->setObjectName(QStringLiteral("consentDateEdit"));
    m_decidedOn->setAccessibleName(tr("Date of the decision"));
    m_decidedOn->setCalendarPopup(true);
    m_decidedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Sharing with"), m_scope);
    layout->addRow(tr("Decision"), m_decision);
    layout->addRow(tr("Limitation"), m_limitation);
    layout->addRow(tr("Given by"), m_givenBy);
    layout->addRow(tr("Representative"), m_representative);
    layout->addRow(tr("Form"), m_form);
    layout->addRow(tr("Date"), m_decidedOn);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save consent"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveConsentButton"));
    save->setAccessibleName(save->text());
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelConsentButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

Consent ConsentDialog::consent() const
{
    Consent c;
    c.clientId = m_clientId;
    c.scope = static_cast<ConsentScope>(m_scope->currentData().toInt());
    c.decision = static_cast<ConsentDecision>(m_decision->currentData().toInt());
    c.limitation = m_limitation->text();
    c.givenBy = static_cast<ConsentGivenBy>(m_givenBy->currentData().toInt());
    c.representative = m_representative->text();
    c.form = static_cast<ConsentForm>(m_form->currentData().toInt());
    c.decidedOn = m_decidedOn->date();
    return c;
}

void ConsentDialog::accept()
{
    const Consent given = consent();
    if (!runGuarded(this, tr("The consent was not saved"),
            [&] { ClientRecords(m_workspace).addConsent(given); }))
        return;
    QDialog::accept();
}

} // namespace tf
