#include "ui/care/RiskAssessmentDialog.h"

#include "services/Workspace.h"
#include "services/care/LicensedForms.h"
#include "services/care/RiskRoutine.h"
#include "ui/common/DecimalSpinBox.h"
#include "ui/common/Guarded.h"
#include "ui/common/UnsavedChanges.h"
#include "ui/common/WholePlaceholder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tf {

RiskAssessmentDialog::RiskAssessmentDialog(
    Workspace &workspace, const Client &client, const RiskInstrument &instrument, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_client(client)
    , m_instrument(formInstrument(instrument, &m_textsProblem))
{
    setObjectName(QStringLiteral("riskAssessmentDialog"));
    setWindowTitle(tr("Risk assessment: %1").arg(instrument.name));
    auto *layout = new QVBoxLayout(this);
    auto *heading
        = new QLabel(tr("<b>%1</b> – %2 (%3)")
                         .arg(instrument.name.toHtmlEscaped(), client.name.toHtmlEscaped(),
                             instrument.area.toHtmlEscaped()),
            this);
    layout->addWidget(heading);

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    for (const RiskItem &item : m_instrument.items) {
        if (item.ageFromPersonnummer) {
            // Never typed: read from the personnummer, as the service saves it.
            RiskAssessment aged;
            RiskRoutine::answerAge(instrument, &client, QDate::currentDate(), &aged);
            auto *age = new QLabel(aged.answers.contains(item.key)
                    ? tr("%1 years (from the personnummer)")
                          .arg(aged.answers.value(item.key).toInt())
                    : aged.notAssessed.value(item.key),
                form);
            age->setObjectName(item.key + QStringLiteral("FromPersonnummerLabel"));
            age->setWordWrap(true);
            // As high as its text: the form's spare room is not the label's.
            age->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
            age->setTextInteractionFlags(Qt::TextSelectableByMouse);
            age->setAccessibleName(item.label);
            formLayout->addRow(item.label, age);
            continue;
        }
        // The question is the answer's buddy and its sibling: Qt's Linux
        // accessibility reads a combo box's label only from such a relation.
        QWidget *editor = createItemEditor(item);
        auto *label = new QLabel(item.label, form);
        label->setWordWrap(true);
        label->setBuddy(editor->focusPolicy() == Qt::NoFocus && editor->focusProxy() == nullptr
                ? editor->findChild<QWidget *>()
                : editor);
        formLayout->addRow(label, editor);
        auto *reason = new QLineEdit(form);
        reason->setObjectName(item.key + QStringLiteral("ReasonLineEdit"));
        reason->setAccessibleName(tr("%1: why it could not be assessed").arg(item.label));
        setWholePlaceholder(reason, tr("Could not be assessed: write why"));
        connect(reason, &QLineEdit::textChanged, this, &RiskAssessmentDialog::updateResult);
        m_reasons.insert(item.key, reason);
        formLayout->addRow(static_cast<QWidget *>(nullptr), reason);
    }
    m_comment = new QPlainTextEdit(form);
    m_comment->setObjectName(QStringLiteral("commentPlainTextEdit"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(60);
    formLayout->addRow(tr("Comment"), m_comment);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("assessmentScrollArea"));
    scroll->setWidgetResizable(true);
    // No Tab stop of its own: it scrolls to the field that has the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(form);
    layout->addWidget(scroll, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save assessment"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAssessmentButton"));
    save->setAccessibleName(save->text());
    save->setShortcut(QKeySequence(tr("Ctrl+S")));
    save->setToolTip(tr("Save the assessment (Ctrl+S)"));
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelAssessmentButton"));
    cancel->setAccessibleName(cancel->text());
    cancel->setToolTip(tr("Close the form; unsaved answers are asked about first (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 760);
    updateResult();
    m_empty = assessment();
}

QWidget *RiskAssessmentDialog::createItemEditor(const RiskItem &item)
{
    switch (item.kind) {
    case RiskItemKind::MultiChoice: {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        for (const RiskOption &option : item.options) {
            auto *check = new QCheckBox(option.label, box);
            check->setObjectName(
                item.key + QLatin1Char('_') + option.key + QStringLiteral("CheckBox"));
            check->setAccessibleName(QStringLiteral("%1: %2").arg(item.label, option.label));
            check->setProperty("optionKey", option.key);
            connect(check, &QCheckBox::toggled, this, &RiskAssessmentDialog::updateResult);
            m_checks[item.key] << check;
            boxLayout->addWidget(check);
        }
        return box;
    }
    case RiskItemKind::Number: {
        auto *spin = new DecimalSpinBox(this);
        spin->setObjectName(item.key + QStringLiteral("SpinBox"));
        spin->setAccessibleName(item.label);
        spin->setDecimals(1);
        // One step below the range means "not measured".
        spin->setRange(item.minimum - 0.1, item.maximum);
        spin->setSpecialValueText(tr("Not measured"));
        spin->setValue(spin->minimum());
        spin->setSuffix(QLatin1Char(' ') + item.unit);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RiskAssessmentDialog::updateResult);
        m_numbers.insert(item.key, spin);
        return spin;
    }
    case RiskItemKind::YesNo:
    case RiskItemKind::Choice:
    case RiskItemKind::Grade:
        break;
    }
    auto *combo = new QComboBox(this);
    combo->setObjectName(item.key + QStringLiteral("ComboBox"));
    combo->setAccessibleName(item.label);
    combo->addItem(tr("– choose –"));
    if (item.kind == RiskItemKind::YesNo) {
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
    } else {
        for (const RiskOption &option : item.options) {
            if (item.kind == RiskItemKind::Grade)
                combo->addItem(option.label, option.key.toInt());
            else
                combo->addItem(option.label, option.key);
        }
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &RiskAssessmentDialog::updateResult);
    m_combos.insert(item.key, combo);
    return combo;
}

RiskAssessment RiskAssessmentDialog::assessment() const
{
    RiskAssessment a;
    a.clientId = m_client.id;
    a.instrument = m_instrument.key;
    a.assessedById = m_workspace.actorId();
    a.comment = m_comment->toPlainText();
    RiskRoutine::answerAge(m_instrument, &m_client, QDate::currentDate(), &a);
    for (const RiskItem &item : m_instrument.items) {
        if (item.ageFromPersonnummer)
            continue;
        const QString reason = m_reasons.value(item.key)->text().trimmed();
        if (!reason.isEmpty()) {
            a.notAssessed.insert(item.key, reason);
            continue;
        }
        if (auto *combo = m_combos.value(item.key)) {
            if (combo->currentIndex() > 0)
                a.answers.insert(item.key, QJsonValue::fromVariant(combo->currentData()));
        } else if (m_checks.contains(item.key)) {
            QJsonArray chosen;
            for (QCheckBox *check : m_checks.value(item.key)) {
                if (check->isChecked())
                    chosen << check->property("optionKey").toString();
            }
            a.answers.insert(item.key, chosen);
        } else if (auto *spin = m_numbers.value(item.key)) {
            if (spin->value() > spin->minimum())
                a.answers.insert(item.key, spin->value());
        }
    }
    return a;
}

void RiskAssessmentDialog::updateResult()
{
    RiskAssessment a = assessment();
    QString error;
    QString text;
    QString unanswered;
    for (const RiskItem &item : m_instrument.items) {
        if (!item.optional && !a.answers.contains(item.key) && !a.notAssessed.contains(item.key)) {
            unanswered = item.label;
            break;
        }
    }
    if (!unanswered.isEmpty()) {
        text = tr("Not complete: answer \"%1\" or write why it could not be assessed.")
                   .arg(unanswered.toHtmlEscaped());
    } else if (!assessRisk(&a, &error)) {
        text = tr("Not complete: %1").arg(error.toHtmlEscaped());
    } else if (!a.complete) {
        text = tr("Items that could not be assessed: no result is computed.");
    } else {
        const RiskResult &r = a.result;
        text = r.score
            ? tr("<b>%1 points: %2</b>").arg(*r.score).arg(m_instrument.levelLabel(r.level))
            : tr("<b>%1</b>").arg(m_instrument.levelLabel(r.level));
        if (r.referral.value_or(false))
            text += tr(" – contact dental care.");
    }
    text += QStringLiteral("<br>")
        + tr("Cut-off: %1 Source: %2")
              .arg(m_instrument.cutOff.toHtmlEscaped(), m_instrument.source.toHtmlEscaped());
    if (!m_textsProblem.isEmpty())
        text += QStringLiteral("<br>")
            + tr("The licensed form texts could not be used, so neutral labels are shown: %1")
                  .arg(m_textsProblem.toHtmlEscaped());
    else if (!m_instrument.verbatimTexts)
        text += QStringLiteral("<br>")
            + tr("The licensed form texts are not installed: some texts are neutral labels.");
    text += QStringLiteral("<br><i>")
        + tr("The result supports the assessment; it is not a diagnosis.") + QStringLiteral("</i>");
    m_result->setText(text);
}

bool RiskAssessmentDialog::hasUnsavedChanges() const
{
    const RiskAssessment now = assessment();
    return now.answers != m_empty.answers || now.notAssessed != m_empty.notAssessed
        || now.comment.trimmed() != m_empty.comment.trimmed();
}

void RiskAssessmentDialog::reject()
{
    if (mayCloseAfterAsking(this, m_savedId == 0 && hasUnsavedChanges()))
        QDialog::reject();
}

void RiskAssessmentDialog::accept()
{
    const RiskAssessment answered = assessment();
    if (!runGuarded(this, tr("The assessment was not saved"),
            [&] { m_savedId = RiskRoutine(m_workspace).addAssessment(answered); }))
        return;
    QDialog::accept();
}

} // namespace tf
