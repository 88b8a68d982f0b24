#include "ui/care/SbarDialog.h"

#include "services/Directory.h"
#include "services/Workspace.h"
#include "services/care/ClientRecords.h"
#include "services/care/SbarPdf.h"
#include "ui/care/CareText.h"
#include "ui/common/DecimalSpinBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/Guarded.h"
#include "ui/common/UnsavedChanges.h"
#include "ui/common/WholePlaceholder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tf {

namespace {
// The lowest value of a vital sign's field stands for "not measured".
std::optional<int> measured(const QSpinBox *spin)
{
    if (spin->value() == spin->minimum())
        return std::nullopt;
    return spin->value();
}

void showMeasured(QSpinBox *spin, const std::optional<int> &value)
{
    spin->setValue(value.value_or(spin->minimum()));
}

QString nameAndProfession(const QString &name, const QString &profession)
{
    return profession.trimmed().isEmpty() ? name : QStringLiteral("%1, %2").arg(name, profession);
}
} // namespace

SbarDialog::SbarDialog(
    Workspace &workspace, const Client &client, qint64 agendaItemId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
{
    m_report.clientId = client.id;
    m_report.agendaItemId = agendaItemId;
    build();
    showReport(m_report);
}

SbarDialog::SbarDialog(
    Workspace &workspace, const Client &client, const SbarReport &saved, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_report(saved)
{
    build();
    showReport(m_report);
}

void SbarDialog::build()
{
    setObjectName(QStringLiteral("sbarDialog"));
    setWindowTitle(tr("SBAR for %1").arg(m_client.name));

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);

    auto *contactsBox = new QGroupBox(tr("Client and contacts"), form);
    auto *contacts = new QFormLayout(contactsBox);
    auto *clientLabel = new QLabel(
        QStringLiteral("%1, %2").arg(m_client.name, m_client.personnummer), contactsBox);
    clientLabel->setObjectName(QStringLiteral("sbarClientLabel"));
    contacts->addRow(tr("Name and personnummer"), clientLabel);
    m_receiver = lineField("receiverLineEdit", tr("To"));
    setWholePlaceholder(m_receiver, tr("Name, role and unit of the receiver"));
    addRow(contacts, tr("&To"), m_receiver);
    m_relativeContact = lineField(
        "relativeContactLineEdit", tr("Contact details of relatives or representative"));
    setWholePlaceholder(m_relativeContact, tr("Name, relation and telephone"));
    addRow(contacts, tr("Relatives or representative"), m_relativeContact);
    m_healthCentre = lineField("healthCentreLineEdit", tr("Health centre, sjukstuga or ward"));
    addRow(contacts, tr("Health centre, sjukstuga or ward"), m_healthCentre);
    m_doctor = lineField("responsibleDoctorLineEdit", tr("Responsible doctor"));
    setWholePlaceholder(m_doctor, tr("Given when needed"));
    addRow(contacts, tr("Responsible doctor"), m_doctor);
    m_medicationList = answerField("medicationListComboBox", tr("Current medication list"));
    addRow(contacts, tr("Current medication list"), m_medicationList);
    m_sampleReferral = answerField("sampleReferralComboBox", tr("Sample referral or label"));
    addRow(contacts, tr("Sample referral or label"), m_sampleReferral);
    m_consent = new QLabel(contactsBox);
    m_consent->setObjectName(QStringLiteral("sbarConsentLabel"));
    m_consent->setWordWrap(true);
    contacts->addRow(tr("Consent obtained"), m_consent);
    m_sender = new QLabel(contactsBox);
    m_sender->setObjectName(QStringLiteral("sbarSenderLabel"));
    contacts->addRow(tr("Name and profession"), m_sender);
    formLayout->addWidget(contactsBox);

    auto *sbarBox = new QGroupBox(tr("SBAR"), form);
    auto *sbar = new QFormLayout(sbarBox);
    m_situation = textField("situationPlainTextEdit", tr("S – Situation and reason for contact"));
    addRow(sbar, tr("&S – Situation and reason for contact"), m_situation);
    m_background = textField(
        "backgroundPlainTextEdit", tr("B – Background, a short relevant overall picture"));
    addRow(sbar, tr("&B – Background, a short relevant overall picture"), m_background);
    m_current = textField("currentStatePlainTextEdit", tr("A – Current state and status"));
    addRow(sbar, tr("&A – Current state and status"), m_current);
    formLayout->addWidget(sbarBox);

    auto *vitalsBox = new QGroupBox(tr("Vital signs (where the situation is measured)"), form);
    auto *vitals = new QFormLayout(vitalsBox);
    m_respiratoryRate
        = vitalField("respiratoryRateSpinBox", tr("Respiratory rate"), tr("breaths/min"));
    addRow(vitals, tr("Respiratory rate"), m_respiratoryRate);
    m_systolic = vitalField("systolicSpinBox", tr("Blood pressure, systolic"), tr("mmHg"));
    m_diastolic = vitalField("diastolicSpinBox", tr("Blood pressure, diastolic"), tr("mmHg"));
    auto *pressure = new QWidget(vitalsBox);
    auto *pressureLayout = new QHBoxLayout(pressure);
    pressureLayout->setContentsMargins(0, 0, 0, 0);
    pressureLayout->addWidget(m_systolic);
    pressureLayout->addWidget(new QLabel(QStringLiteral("/"), pressure));
    pressureLayout->addWidget(m_diastolic);
    pressureLayout->addStretch(1);
    auto *pressureLabel = new QLabel(tr("Blood pressure"), vitalsBox);
    pressureLabel->setBuddy(m_systolic);
    vitals->addRow(pressureLabel, pressure);
    m_pulse = vitalField("pulseSpinBox", tr("Pulse"), tr("beats/min"));
    addRow(vitals, tr("Pulse"), m_pulse);
    m_alertness = new QComboBox(vitalsBox);
    m_alertness->setObjectName(QStringLiteral("alertnessComboBox"));
    m_alertness->setAccessibleName(tr("Alertness (ACVPU)"));
    for (Alertness value : allAlertness())
        m_alertness->addItem(alertnessLabel(value), static_cast<int>(value));
    addRow(vitals, tr("Alertness (ACVPU)"), m_alertness);
    m_temperature = new DecimalSpinBox(vitalsBox);
    m_temperature->setObjectName(QStringLiteral("temperatureSpinBox"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setDecimals(1);
    // Wider than possible so that a mistyped value is named, not cut off.
    m_temperature->setRange(0, 99.9);
    m_temperature->setSpecialValueText(tr("Not measured"));
    m_temperature->setSuffix(QStringLiteral(" °C"));
    addRow(vitals, tr("Temperature"), m_temperature);
    m_saturation = vitalField("saturationSpinBox", tr("Saturation"), QStringLiteral("%"));
    addRow(vitals, tr("Saturation"), m_saturation);
    formLayout->addWidget(vitalsBox);

    auto *recommendationBox = new QGroupBox(tr("Recommendation"), form);
    auto *recommendation = new QFormLayout(recommendationBox);
    m_recommendation
        = textField("recommendationPlainTextEdit", tr("R – Recommendation and action"));
    addRow(recommendation, tr("&R – Recommendation and action"), m_recommendation);
    m_frequency = lineField("frequencyLineEdit", tr("How often, how long, since when"));
    setWholePlaceholder(m_frequency, tr("When needed"));
    addRow(recommendation, tr("How often, how long, since when"), m_frequency);
    m_handling = new QComboBox(recommendationBox);
    m_handling->setObjectName(QStringLiteral("handlingTimeComboBox"));
    m_handling->setAccessibleName(tr("Desired handling time"));
    for (HandlingTime time : {HandlingTime::Urgent, HandlingTime::NextDay,
             HandlingTime::NextWeekday, HandlingTime::AsNeeded})
        m_handling->addItem(handlingTimeLabel(time), static_cast<int>(time));
    addRow(recommendation, tr("Desired handling time"), m_handling);
    formLayout->addWidget(recommendationBox);

    auto *afterBox = new QGroupBox(tr("After the call"), form);
    auto *after = new QFormLayout(afterBox);
    m_doctorOrder
        = textField("doctorOrderPlainTextEdit", tr("Doctor's ordination (when needed)"), 60);
    addRow(after, tr("&Doctor's ordination (when needed)"), m_doctorOrder);
    m_reply = textField("replyPlainTextEdit", tr("Feedback from the municipal health care"));
    addRow(after, tr("&Feedback from the municipal health care"), m_reply);
    m_feedbackDate = new QDateEdit(afterBox);
    m_feedbackDate->setObjectName(QStringLiteral("feedbackDateEdit"));
    m_feedbackDate->setAccessibleName(tr("Date of the feedback"));
    m_feedbackDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_feedbackDate->setCalendarPopup(true);
    // The lowest date stands for "not given".
    m_feedbackDate->setMinimumDate(QDate(2000, 1, 1));
    m_feedbackDate->setMaximumDate(QDate::currentDate().addDays(1));
    m_feedbackDate->setSpecialValueText(tr("Not given"));
    addRow(after, tr("Date of the feedback"), m_feedbackDate);
    m_feedbackBy
        = lineField("feedbackByLineEdit", tr("Name and profession of who gave the feedback"));
    addRow(after, tr("Feedback given by (name and profession)"), m_feedbackBy);
    m_readBack = new QCheckBox(tr("The receiver has confirmed (read back)"), afterBox);
    m_readBack->setObjectName(QStringLiteral("readBackCheckBox"));
    m_readBack->setAccessibleName(m_readBack->text());
    after->addRow(m_readBack);
    formLayout->addWidget(afterBox);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sbarScrollArea"));
    scroll->setWidgetResizable(true);
    // No Tab stop of its own: it scrolls to the field that has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(form);

    auto *layout = new QVBoxLayout(this);
    auto *urgent = new QLabel(tr("In an acute life-threatening condition: call 112 first."), this);
    urgent->setObjectName(QStringLiteral("sbarUrgentLabel"));
    layout->addWidget(urgent);
    auto *state = new QLabel(this);
    state->setObjectName(QStringLiteral("sbarStateLabel"));
    state->setWordWrap(true);
    layout->addWidget(state);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(this);
    auto *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("sbarPdfButton"));
    pdf->setAccessibleName(tr("Save as PDF"));
    pdf->setToolTip(tr("Save the report and write it to a PDF file, to print it (Alt+P)"));
    auto *saveButton = buttons->addButton(tr("Save SBAR"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveSbarButton"));
    saveButton->setAccessibleName(saveButton->text());
    saveButton->setShortcut(QKeySequence(tr("Ctrl+S")));
    saveButton->setToolTip(tr("Save the report (Ctrl+S)"));
    auto *cancel = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("closeSbarButton"));
    cancel->setAccessibleName(cancel->text());
    cancel->setToolTip(tr("Close the form; unsaved text is asked about first (Esc)"));
    connect(pdf, &QPushButton::clicked, this, &SbarDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 820);
}

QPlainTextEdit *SbarDialog::textField(const char *name, const QString &accessible, int height)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(height);
    return edit;
}

QLineEdit *SbarDialog::lineField(const char *name, const QString &accessible)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    return edit;
}

QComboBox *SbarDialog::answerField(const char *name, const QString &accessible)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->setAccessibleName(accessible);
    for (FormAnswer answer : {FormAnswer::Unanswered, FormAnswer::Yes, FormAnswer::No})
        combo->addItem(formAnswerLabel(answer), static_cast<int>(answer));
    return combo;
}

QSpinBox *SbarDialog::vitalField(const char *name, const QString &accessible, const QString &unit)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setAccessibleName(accessible);
    // Wider than possible so that a mistyped value is named, not cut off.
    spin->setRange(0, 999);
    spin->setSpecialValueText(tr("Not measured"));
    spin->setSuffix(QLatin1Char(' ') + unit);
    return spin;
}

void SbarDialog::addRow(QFormLayout *layout, const QString &label, QWidget *field)
{
    auto *buddy = new QLabel(label, field->parentWidget());
    buddy->setBuddy(field);
    layout->addRow(buddy, field);
}

SbarReport SbarDialog::formReport() const
{
    SbarReport report = m_report;
    report.receiver = m_receiver->text();
    report.relativeContact = m_relativeContact->text();
    report.healthCentre = m_healthCentre->text();
    report.responsibleDoctor = m_doctor->text();
    report.medicationList = static_cast<FormAnswer>(m_medicationList->currentData().toInt());
    report.sampleReferral = static_cast<FormAnswer>(m_sampleReferral->currentData().toInt());
    report.situation = m_situation->toPlainText();
    report.background = m_background->toPlainText();
    report.currentState = m_current->toPlainText();
    report.vitals.respiratoryRate = measured(m_respiratoryRate);
    report.vitals.systolic = measured(m_systolic);
    report.vitals.diastolic = measured(m_diastolic);
    report.vitals.pulse = measured(m_pulse);
    report.vitals.alertness = static_cast<Alertness>(m_alertness->currentData().toInt());
    report.vitals.temperatureTenths = m_temperature->value() > m_temperature->minimum()
        ? std::optional<int>(qRound(m_temperature->value() * 10))
        : std::nullopt;
    report.vitals.saturation = measured(m_saturation);
    report.recommendation = m_recommendation->toPlainText();
    report.frequency = m_frequency->text();
    report.handlingTime = static_cast<HandlingTime>(m_handling->currentData().toInt());
    report.doctorOrder = m_doctorOrder->toPlainText();
    report.reply = m_reply->toPlainText();
    report.feedbackDate
        = m_feedbackDate->date() > m_feedbackDate->minimumDate() ? m_feedbackDate->date() : QDate();
    report.feedbackBy = m_feedbackBy->text();
    report.readBack = m_readBack->isChecked();
    return report;
}

void SbarDialog::showReport(const SbarReport &report)
{
    m_receiver->setText(report.receiver);
    m_relativeContact->setText(report.relativeContact);
    m_healthCentre->setText(report.healthCentre);
    m_doctor->setText(report.responsibleDoctor);
    m_medicationList->setCurrentIndex(
        m_medicationList->findData(static_cast<int>(report.medicationList)));
    m_sampleReferral->setCurrentIndex(
        m_sampleReferral->findData(static_cast<int>(report.sampleReferral)));
    m_situation->setPlainText(report.situation);
    m_background->setPlainText(report.background);
    m_current->setPlainText(report.currentState);
    showMeasured(m_respiratoryRate, report.vitals.respiratoryRate);
    showMeasured(m_systolic, report.vitals.systolic);
    showMeasured(m_diastolic, report.vitals.diastolic);
    showMeasured(m_pulse, report.vitals.pulse);
    m_alertness->setCurrentIndex(m_alertness->findData(static_cast<int>(report.vitals.alertness)));
    m_temperature->setValue(
        report.vitals.temperatureTenths ? *report.vitals.temperatureTenths / 10.0 : 0.0);
    showMeasured(m_saturation, report.vitals.saturation);
    m_recommendation->setPlainText(report.recommendation);
    m_frequency->setText(report.frequency);
    m_handling->setCurrentIndex(m_handling->findData(static_cast<int>(report.handlingTime)));
    m_doctorOrder->setPlainText(report.doctorOrder);
    m_reply->setPlainText(report.reply);
    m_feedbackDate->setDate(
        report.feedbackDate.isValid() ? report.feedbackDate : m_feedbackDate->minimumDate());
    m_feedbackBy->setText(report.feedbackBy);
    m_readBack->setChecked(report.readBack);

    // "Samtycke inhämtat" and the sender are never typed: from the consent
    // on record and the signed-in person until saved, then as saved.
    const bool saved = report.id != 0;
    SbarConsent consent {report.consentObtained, report.consentDate};
    QString senderName = report.senderName;
    QString senderProfession = report.senderProfession;
    if (!saved) {
        runGuarded(this, tr("The consent could not be read"),
            [&] { consent = ClientRecords(m_workspace).sbarConsent(m_client.id); });
        const auto me = Directory(m_workspace).person(m_workspace.actorId());
        senderName = me ? me->name : QString();
        senderProfession = me ? me->profession : QString();
    } else if (senderName.isEmpty()) {
        senderName = personName(m_workspace, report.senderId);
    }
    const QString consentDay = consent.decidedOn.toString(Qt::ISODate);
    switch (consent.obtained) {
    case FormAnswer::Yes:
        m_consent->setText(
            tr("Yes, %1 (the consent on record for other care providers)").arg(consentDay));
        break;
    case FormAnswer::No:
        m_consent->setText(
            tr("No: the consent of %1 for other care providers is refused or has expired")
                .arg(consentDay));
        break;
    case FormAnswer::Unanswered:
        m_consent->setText(tr("No: there is no consent on record for other care providers"));
        break;
    }
    m_sender->setText(nameAndProfession(senderName, senderProfession));

    // What was sent stays as it was: only the answer after the call is
    // completed (the service refuses anything else as well).
    for (QLineEdit *edit : {m_receiver, m_relativeContact, m_healthCentre, m_doctor, m_frequency})
        edit->setReadOnly(saved);
    for (QPlainTextEdit *edit : {m_situation, m_background, m_current, m_recommendation})
        edit->setReadOnly(saved);
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *> {
             m_respiratoryRate, m_systolic, m_diastolic, m_pulse, m_temperature, m_saturation})
        spin->setReadOnly(saved);
    for (QComboBox *combo : {m_medicationList, m_sampleReferral, m_alertness, m_handling})
        combo->setEnabled(!saved);
    auto *state = findChild<QLabel *>(QStringLiteral("sbarStateLabel"));
    if (saved) {
        const QDateTime sent = report.createdUtc.toTimeZone(QTimeZone("Europe/Stockholm"));
        state->setText(tr("Sent %1. What was sent cannot be changed; fill in the answer after "
                          "the call below.")
                           .arg(sent.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    state->setVisible(saved);
}

bool SbarDialog::hasUnsavedChanges() const
{
    const SbarReport now = formReport();
    const auto same = [](const QString &a, const QString &b) { return a.trimmed() == b.trimmed(); };
    return !now.sentPartChangeFrom(m_report).isEmpty()
        || !same(now.doctorOrder, m_report.doctorOrder) || !same(now.reply, m_report.reply)
        || now.feedbackDate != m_report.feedbackDate || !same(now.feedbackBy, m_report.feedbackBy)
        || now.readBack != m_report.readBack;
}

bool SbarDialog::save()
{
    if (m_report.id != 0 && !hasUnsavedChanges())
        return true;
    SbarReport report = formReport();
    if (!runGuarded(this, tr("The SBAR report was not saved"),
            [&] { report = ClientRecords(m_workspace).saveSbar(report); }))
        return false;
    m_report = report;
    showReport(m_report);
    return true;
}

void SbarDialog::exportPdf()
{
    if (save())
        writePdf(this, m_workspace, m_client, m_report);
}

void SbarDialog::writePdf(
    QWidget *parent, Workspace &workspace, const Client &client, const SbarReport &report)
{
    const QString path = FileDialog::saveFile(parent, tr("Save SBAR as PDF"),
        QDir::home().filePath(QStringLiteral("SBAR %1 %2.pdf")
                                  .arg(client.name,
                                      report.createdUtc.toTimeZone(QTimeZone("Europe/Stockholm"))
                                          .toString(QStringLiteral("yyyy-MM-dd")))),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString sender = personName(workspace, report.senderId);
    runGuarded(parent, tr("The PDF was not written"),
        [&] { SbarPdf::write(report, client, sender, path); });
}

void SbarDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SbarDialog::reject()
{
    if (mayCloseAfterAsking(this, hasUnsavedChanges()))
        QDialog::reject();
}

} // namespace tf
