#include "ui/care/RiskCarePlanDialog.h"

#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/care/RiskCarePlans.h"
#include "ui/care/CareText.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"
#include "ui/common/WholePlaceholder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
QDate today()
{
    return stockholmDate(QDateTime::currentDateTimeUtc());
}
} // namespace

RiskCarePlanDialog::RiskCarePlanDialog(
    Workspace &workspace, const Client &client, const RiskAssessment &assessment, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_assessment(assessment)
    , m_state(new QLabel(this))
    , m_measures(new QTreeWidget(this))
    , m_what(new QLineEdit(this))
    , m_responsible(new QComboBox(this))
    , m_followUp(new QDateEdit(this))
    , m_add(new QPushButton(tr("&Add measure"), this))
    , m_outcome(new QLineEdit(this))
    , m_followedUp(new QPushButton(tr("&Mark the chosen measure followed up"), this))
{
    setObjectName(QStringLiteral("riskCarePlanDialog"));
    setWindowTitle(tr("Care plan after the risk assessment"));
    const RiskInstrument *instrument = findRiskInstrument(assessment.instrument);
    const QString instrumentName = instrument ? instrument->name : assessment.instrument;
    const QString result
        = instrument ? instrument->levelLabel(assessment.result.level) : assessment.result.level;
    auto *about
        = new QLabel(tr("%1: %2 on %3, %4. The risks found are always followed by a "
                        "care plan: what is done, who does it and when it is followed "
                        "up. The measures come up at the client's next team meeting.")
                         .arg(client.name, instrumentName,
                             stockholmDate(assessment.assessedUtc).toString(Qt::ISODate), result),
            this);
    about->setObjectName(QStringLiteral("riskCarePlanAboutLabel"));
    about->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("riskPlanStateLabel"));

    m_measures->setObjectName(QStringLiteral("riskCarePlanMeasuresTree"));
    m_measures->setAccessibleName(tr("Measures of the care plan"));
    m_measures->setRootIsDecorated(false);
    m_measures->setHeaderLabels(
        {tr("Measure"), tr("Responsible"), tr("Follow-up"), tr("Followed up"), tr("Outcome")});
    m_measures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_what->setObjectName(QStringLiteral("riskCarePlanWhatLineEdit"));
    m_what->setAccessibleName(tr("What is to be done"));
    setWholePlaceholder(m_what, tr("E.g. hip protectors in the daytime"));
    m_responsible->setObjectName(QStringLiteral("riskCarePlanResponsibleComboBox"));
    m_responsible->setAccessibleName(tr("Responsible for the measure"));
    m_responsible->addItem(tr("Choose a person"), 0);
    auto people = Directory(workspace).peopleEmployedOn(today());
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Person &person : people) {
        const QString text = person.profession.isEmpty()
            ? person.name
            : QStringLiteral("%1 (%2)").arg(person.name, person.profession);
        m_responsible->addItem(text, person.id);
    }
    m_followUp->setObjectName(QStringLiteral("riskCarePlanFollowUpDateEdit"));
    m_followUp->setAccessibleName(tr("Follow-up date"));
    m_followUp->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setDate(today().addMonths(1));
    m_add->setObjectName(QStringLiteral("addCareMeasureButton"));
    m_add->setAccessibleName(tr("Add measure"));
    m_outcome->setObjectName(QStringLiteral("riskCarePlanOutcomeLineEdit"));
    m_outcome->setAccessibleName(tr("Outcome of the follow-up"));
    setWholePlaceholder(m_outcome, tr("What the follow-up showed"));
    m_followedUp->setObjectName(QStringLiteral("followUpCareMeasureButton"));
    m_followedUp->setAccessibleName(tr("Mark the chosen measure followed up"));

    auto *newMeasure = new QGroupBox(tr("New measure"), this);
    auto *form = new QFormLayout(newMeasure);
    form->addRow(tr("W&hat is done"), m_what);
    form->addRow(tr("&Responsible"), m_responsible);
    form->addRow(tr("&Follow-up on"), m_followUp);
    form->addRow(QString(), m_add);
    auto *followUp = new QGroupBox(tr("Follow-up of the chosen measure (today)"), this);
    auto *followUpForm = new QFormLayout(followUp);
    followUpForm->addRow(tr("&Outcome"), m_outcome);
    followUpForm->addRow(QString(), m_followedUp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeCarePlanButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RiskCarePlanDialog::addMeasure);
    connect(m_followedUp, &QPushButton::clicked, this, &RiskCarePlanDialog::recordFollowUp);
    connect(m_measures, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = m_measures->currentItem();
        m_followedUp->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_state);
    layout->addWidget(m_measures, 1);
    layout->addWidget(newMeasure);
    layout->addWidget(followUp);
    layout->addWidget(buttons);
    resize(760, 560);
    showMeasures();
    m_what->setFocus();
}

void RiskCarePlanDialog::showMeasures()
{
    m_measures->clear();
    QList<AssessmentCarePlan> plans;
    runGuarded(this, tr("Could not read the care plan"),
        [&] { plans = RiskCarePlans(m_workspace).plansOf(m_client.id, {m_assessment}); });
    const AssessmentCarePlan plan = plans.value(0);
    const QString summary = riskPlanSummary(plan.state, plan.measures);
    m_state->setText(summary);
    m_state->setVisible(!summary.isEmpty());
    for (const CareMeasure &measure : plan.measures) {
        auto *item = new QTreeWidgetItem(m_measures,
            {measure.what, personName(m_workspace, measure.responsibleId),
                measure.followUpOn.toString(Qt::ISODate),
                measure.isOpen() ? tr("Not yet") : measure.followedUpOn.toString(Qt::ISODate),
                measure.outcome});
        item->setData(0, Qt::UserRole, measure.id);
        item->setData(0, Qt::UserRole + 1, measure.isOpen());
    }
    m_followedUp->setEnabled(false);
}

void RiskCarePlanDialog::addMeasure()
{
    CareMeasure measure;
    measure.what = m_what->text();
    measure.responsibleId = m_responsible->currentData().toLongLong();
    measure.followUpOn = m_followUp->date();
    if (measure.what.trimmed().isEmpty()) {
        MessageBox::error(this, tr("Not saved"), tr("Write what is to be done."));
        m_what->setFocus();
        return;
    }
    if (measure.responsibleId == 0) {
        MessageBox::error(this, tr("Not saved"), tr("Choose who is responsible for the measure."));
        m_responsible->setFocus();
        return;
    }
    if (!runGuarded(this, tr("Not saved"),
            [&] { RiskCarePlans(m_workspace).addMeasures(m_assessment.id, {measure}); }))
        return;
    m_changed = true;
    m_what->clear();
    showMeasures();
    m_what->setFocus();
}

void RiskCarePlanDialog::recordFollowUp()
{
    const QTreeWidgetItem *item = m_measures->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    if (m_outcome->text().trimmed().isEmpty()) {
        MessageBox::error(this, tr("Not saved"), tr("Write what the follow-up showed."));
        m_outcome->setFocus();
        return;
    }
    if (!runGuarded(this, tr("Not saved"),
            [&] { RiskCarePlans(m_workspace).followUp(id, today(), m_outcome->text()); }))
        return;
    m_changed = true;
    m_outcome->clear();
    showMeasures();
}

} // namespace tf
