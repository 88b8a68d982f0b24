#include "ui/care/HospitalStayDialog.h"

#include "domain/care/RiskIndividual.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "services/care/RiskIndividuals.h"
#include "ui/common/Guarded.h"
#include "ui/common/WholePlaceholder.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tf {

namespace {
QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}
} // namespace

HospitalStayDialog::HospitalStayDialog(
    Workspace &workspace, const Client &client, AccessPurpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_earlier(new QLabel(this))
    , m_admitted(new QDateEdit(this))
    , m_discharged(new QDateEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("hospitalStayDialog"));
    setWindowTitle(tr("In hospital – %1").arg(client.name));
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    auto *about = new QLabel(tr("Record that %1 was in hospital. A client who came home within "
                                "the last %2 days is proposed as a risk individual for the next "
                                "samordningsmöte.")
                                 .arg(client.name)
                                 .arg(kHospitalStayDays),
        this);
    about->setWordWrap(true);
    m_earlier->setObjectName(QStringLiteral("hospitalStaysLabel"));
    m_earlier->setWordWrap(true);
    m_earlier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QList<HospitalStay> stays;
    runGuarded(this, tr("Could not read the earlier stays"),
        [&] { stays = RiskIndividuals(workspace).hospitalStaysOf(client.id, purpose); });
    QStringList lines;
    for (const HospitalStay &stay : stays) {
        const QString period = stay.admittedOn.isValid()
            ? tr("%1 to %2").arg(dayText(stay.admittedOn), dayText(stay.dischargedOn))
            : tr("home %1").arg(dayText(stay.dischargedOn));
        lines << (stay.note.isEmpty() ? period : tr("%1, %2").arg(period, stay.note));
    }
    m_earlier->setText(lines.isEmpty()
            ? tr("No stay in hospital is recorded for the client.")
            : tr("Recorded stays:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));

    // The lowest day stands for "not known": the day home is what counts.
    m_admitted->setObjectName(QStringLiteral("hospitalAdmittedDateEdit"));
    m_admitted->setAccessibleName(tr("Admitted to hospital"));
    m_admitted->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_admitted->setCalendarPopup(true);
    m_admitted->setMinimumDate(QDate(2000, 1, 1));
    m_admitted->setMaximumDate(today);
    m_admitted->setSpecialValueText(tr("Not known"));
    m_admitted->setDate(m_admitted->minimumDate());
    m_discharged->setObjectName(QStringLiteral("hospitalDischargedDateEdit"));
    m_discharged->setAccessibleName(tr("Came home from hospital"));
    m_discharged->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_discharged->setCalendarPopup(true);
    m_discharged->setMinimumDate(QDate(2000, 1, 2));
    m_discharged->setMaximumDate(today);
    m_discharged->setDate(today);
    m_note->setObjectName(QStringLiteral("hospitalNoteLineEdit"));
    m_note->setAccessibleName(tr("Hospital or ward"));
    setWholePlaceholder(m_note, tr("E.g. the hospital and ward, or why"));

    auto *layout = new QFormLayout(this);
    layout->addRow(about);
    layout->addRow(m_earlier);
    const auto addRow = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        layout->addRow(text, field);
    };
    addRow(tr("&Admitted"), m_admitted);
    addRow(tr("Came &home"), m_discharged);
    addRow(tr("Hospital or &ward"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save the stay"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveHospitalStayButton"));
    save->setAccessibleName(tr("Save the stay"));
    save->setDefault(true);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelHospitalStayButton"));
    cancel->setAccessibleName(cancel->text());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    resize(560, sizeHint().height());
    m_discharged->setFocus();
}

void HospitalStayDialog::accept()
{
    HospitalStay stay;
    stay.clientId = m_client.id;
    stay.admittedOn
        = m_admitted->date() == m_admitted->minimumDate() ? QDate() : m_admitted->date();
    stay.dischargedOn = m_discharged->date();
    stay.note = m_note->text().trimmed();
    if (!runGuarded(this, tr("The stay was not saved"),
            [&] { RiskIndividuals(m_workspace).recordHospitalStay(stay); }))
        return; // what was typed stays
    QDialog::accept();
}

} // namespace tf
