#include "ui/care/ConsentWatchDialog.h"

#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/ConsentWatch.h"
#include "ui/care/CareText.h"
#include "ui/common/Guarded.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tf {

namespace {
QTreeWidget *tree(
    QWidget *parent, const char *name, const QString &accessibleName, const QStringList &headers)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setRootIsDecorated(false);
    view->setHeaderLabels(headers);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}
} // namespace

ConsentWatchDialog::ConsentWatchDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_about(new QLabel(this))
    , m_expiring(tree(this, "expiringConsentsTree", tr("Consents that end within 30 days"),
          {tr("Client"), tr("Unit"), tr("Consent to share with"), tr("Valid through"),
              tr("Days left")}))
    , m_withoutConsent(tree(this, "withoutConsentTree",
          tr("Clients on coming samordningsmöten without a valid consent"),
          {tr("Meeting"), tr("Client"), tr("Unit"), tr("Why")}))
{
    setObjectName(QStringLiteral("consentWatchDialog"));
    setWindowTitle(tr("Consents to renew"));
    m_about->setObjectName(QStringLiteral("consentWatchAboutLabel"));
    m_about->setWordWrap(true);
    auto *expiringTitle = new QLabel(tr("<b>Consents that end within 30 days</b>"), this);
    auto *withoutTitle
        = new QLabel(tr("<b>Clients on coming samordningsmöten without a valid consent</b>"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("closeConsentWatchButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addWidget(expiringTitle);
    layout->addWidget(m_expiring, 1);
    layout->addWidget(withoutTitle);
    layout->addWidget(m_withoutConsent, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    refresh();
}

void ConsentWatchDialog::refresh()
{
    m_expiring->clear();
    m_withoutConsent->clear();
    const QDate day = stockholmDate(QDateTime::currentDateTimeUtc());
    ConsentWatchList list;
    if (!runGuarded(this, tr("Could not read the consents"), [&] {
            list = readConsentWatch(m_workspace,
                consentWatchUnits(m_workspace, m_workspace.actorId()), day,
                AccessPurpose::UnitClients);
        }))
        return;
    m_about->setText(tr("Consent is obtained and documented before a client is taken up at a "
                        "samordningsmöte, and renewed every year. Renew the consents in "
                        "*My clients*. Today is %1.")
                         .arg(day.toString(Qt::ISODate)));
    for (const ExpiringConsent &row : list.expiring)
        new QTreeWidgetItem(m_expiring,
            {row.client.name, row.unitName, consentScopeLabel(row.consent.scope),
                row.consent.validUntil.toString(Qt::ISODate), QString::number(row.daysLeft)});
    for (const MeetingWithoutConsent &row : list.withoutConsent) {
        auto *item = new QTreeWidgetItem(m_withoutConsent,
            {meetingLabel(m_workspace, row.meeting), row.client.name, row.unitName, row.reason});
        item->setToolTip(3, row.reason);
    }
    if (list.expiring.isEmpty())
        new QTreeWidgetItem(m_expiring, {tr("No consent ends within 30 days.")});
    if (list.withoutConsent.isEmpty())
        new QTreeWidgetItem(
            m_withoutConsent, {tr("Every client on the coming samordningsmöten has a consent.")});
}

} // namespace tf
