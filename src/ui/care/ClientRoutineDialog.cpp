#include "ui/care/ClientRoutineDialog.h"

#include "domain/risk/RiskInstrument.h"
#include "services/care/CareMeetings.h"
#include "ui/care/CareText.h"
#include "ui/common/Guarded.h"
#include "ui/common/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tf {

ClientRoutineDialog::ClientRoutineDialog(
    Workspace &workspace, const Client &client, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_routine(workspace)
    , m_client(client)
    , m_meetingId(meetingId)
    , m_stored(m_routine.clientRoutine(client.id))
    , m_movedIn(new QDateEdit(this))
{
    setObjectName(QStringLiteral("clientRoutineDialog"));
    setWindowTitle(tr("Moving in and assessment intervals – %1").arg(client.name));
    // The lowest date stands for "not given": the first assessments are then
    // counted as due at once.
    m_movedIn->setObjectName(QStringLiteral("movedInDateEdit"));
    m_movedIn->setAccessibleName(tr("Moving-in date"));
    m_movedIn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_movedIn->setCalendarPopup(true);
    m_movedIn->setMinimumDate(QDate(1990, 1, 1));
    m_movedIn->setMaximumDate(QDate::currentDate().addYears(1));
    m_movedIn->setSpecialValueText(tr("Not given"));
    m_movedIn->setDate(m_stored.movedIn.isValid() ? m_stored.movedIn : m_movedIn->minimumDate());

    auto *layout = new QFormLayout(this);
    auto *movedInLabel = new QLabel(tr("&Moved in"), this);
    movedInLabel->setBuddy(m_movedIn);
    layout->addRow(movedInLabel, m_movedIn);

    const auto settings = m_routine.instrumentsForClient(client.id);
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    const auto meeting = careMeeting(workspace, meetingId);
    about->setText(settings.isEmpty() ? tr("The verksamhet uses no assessment instrument.")
            : meeting
            ? tr("Shorter intervals the team decided at %1:").arg(meetingLabel(workspace, *meeting))
            : tr("Shorter intervals the team decided:"));
    layout->addRow(about);
    for (const InstrumentUse &setting : settings) {
        const RiskInstrument *instrument = findRiskInstrument(setting.instrument);
        Interval interval;
        interval.instrument = setting.instrument;
        interval.stored = m_stored.teamIntervals.value(setting.instrument, 0);
        interval.spin = new QSpinBox(this);
        interval.spin->setObjectName(QStringLiteral("%1IntervalSpinBox").arg(setting.instrument));
        interval.spin->setAccessibleName(tr("%1: months the team decided").arg(instrument->name));
        // Only shorter than the routine: 0 keeps the routine's interval.
        interval.spin->setRange(0, qMax(0, setting.intervalMonths - 1));
        interval.spin->setSpecialValueText(
            tr("As the routine (every %n month(s))", nullptr, setting.intervalMonths));
        interval.spin->setSuffix(tr(" months"));
        interval.spin->setValue(qMin(interval.stored, interval.spin->maximum()));
        layout->addRow(instrument->name, interval.spin);
        m_intervals << interval;
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveRoutineButton"));
    save->setAccessibleName(save->text());
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelRoutineButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

void ClientRoutineDialog::accept()
{
    const QDate movedIn
        = m_movedIn->date() == m_movedIn->minimumDate() ? QDate() : m_movedIn->date();
    if (!movedIn.isValid() && m_stored.movedIn.isValid()) {
        MessageBox::error(this, tr("Not saved"),
            tr("Give the date the client moved in; it cannot be removed once given."));
        m_movedIn->setFocus();
        return;
    }
    ClientRoutine routine;
    routine.clientId = m_client.id;
    routine.movedIn = movedIn;
    for (const Interval &interval : std::as_const(m_intervals))
        routine.teamIntervals.insert(interval.instrument, interval.spin->value());
    if (!runGuarded(
            this, tr("Not saved"), [&] { m_routine.saveClientRoutine(routine, m_meetingId); }))
        return;
    QDialog::accept();
}

} // namespace tf
