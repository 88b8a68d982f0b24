#include "ui/care/CarePlanDialog.h"

#include "domain/AccessLogEntry.h"
#include "services/care/CarePlans.h"
#include "ui/common/Guarded.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace tf {

namespace {
// The combo's choices: the kind and whether it is done.
struct Step
{
    CarePlanEventKind kind;
    bool done;
};
const Step kSteps[] = {
    {CarePlanEventKind::PlanningTalk, true},
    {CarePlanEventKind::PlanWritten, true},
    {CarePlanEventKind::FollowUp, true},
    {CarePlanEventKind::LifeStory, true},
    {CarePlanEventKind::LifeStory, false},
};
} // namespace

CarePlanDialog::CarePlanDialog(
    Workspace &workspace, qint64 clientId, const QString &clientName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clientId(clientId)
    , m_step(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("carePlanDialog"));
    setWindowTitle(tr("Genomförandeplan for %1").arg(clientName));
    m_step->setObjectName(QStringLiteral("carePlanStepComboBox"));
    m_step->setAccessibleName(tr("What was done"));
    m_step->addItem(tr("Planeringssamtal held"));
    m_step->addItem(tr("Genomförandeplan written"));
    m_step->addItem(tr("Follow-up of the plan held"));
    m_step->addItem(tr("Levnadsberättelse done"));
    m_step->addItem(tr("Levnadsberättelse not done"));
    m_date->setObjectName(QStringLiteral("carePlanDateEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate());

    QStringList earlier;
    for (const CarePlanEvent &event :
        CarePlans(workspace).history(clientId, AccessPurpose::MyClients)) {
        earlier << (event.kind == CarePlanEventKind::LifeStory && !event.done
                ? tr("%1 %2 (not done)")
                : QStringLiteral("%1 %2"))
                       .arg(event.occurredOn.toString(Qt::ISODate), carePlanEventLabel(event.kind));
    }
    auto *history = new QLabel(
        earlier.isEmpty() ? tr("Nothing recorded yet.") : earlier.join(QLatin1Char('\n')), this);
    history->setObjectName(QStringLiteral("carePlanHistoryLabel"));
    history->setTextFormat(Qt::PlainText);
    history->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&What was done"), m_step);
    layout->addRow(tr("&Date"), m_date);
    layout->addRow(tr("Recorded before"), history);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveCarePlanButton"));
    save->setAccessibleName(tr("Record"));
    save->setDefault(true);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCarePlanButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

void CarePlanDialog::accept()
{
    const Step step = kSteps[qBound(0, m_step->currentIndex(), 4)];
    if (!runGuarded(this, tr("The step was not recorded"), [&] {
            CarePlans(m_workspace).record(m_clientId, step.kind, m_date->date(), step.done);
        }))
        return;
    QDialog::accept();
}

} // namespace tf
