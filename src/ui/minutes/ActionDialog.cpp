#include "ui/minutes/ActionDialog.h"

#include "ui/common/MessageBox.h"
#include "ui/common/WholePlaceholder.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <iterator>

namespace tf {

ActionDialog::ActionDialog(
    const QList<Person> &people, const QString &what, const QDate &meetingDay, QWidget *parent)
    : QDialog(parent)
    , m_people(people)
    , m_what(new QLineEdit(what.trimmed(), this))
    , m_hasDueDate(new QCheckBox(tr("Due &date"), this))
    , m_dueDate(new QDateEdit(meetingDay.addDays(7), this))
    , m_followUpDays(new QSpinBox(this))
    , m_feedback(new QCheckBox(tr("&Feedback to the client needed, by"), this))
    , m_journal(new QCheckBox(tr("&Journal entry needed, by"), this))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("New action"));
    m_what->setObjectName(QStringLiteral("actionWhatLineEdit"));
    m_what->setAccessibleName(tr("What is to be done"));
    m_responsible = personField(QStringLiteral("actionResponsibleLineEdit"), tr("Responsible"));
    m_feedbackBy = personField(QStringLiteral("actionFeedbackByLineEdit"), tr("Feedback by"));
    m_journalBy = personField(QStringLiteral("actionJournalByLineEdit"), tr("Journal entry by"));
    m_hasDueDate->setObjectName(QStringLiteral("actionHasDueDateCheckBox"));
    m_hasDueDate->setAccessibleName(tr("Due date"));
    m_hasDueDate->setChecked(true);
    m_dueDate->setObjectName(QStringLiteral("actionDueDateEdit"));
    m_dueDate->setAccessibleName(tr("Due date"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_hasDueDate, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
    m_followUpDays->setObjectName(QStringLiteral("actionFollowUpSpinBox"));
    m_followUpDays->setAccessibleName(tr("Follow-up in the team after days"));
    m_followUpDays->setRange(0, 365);
    m_followUpDays->setSpecialValueText(tr("no follow-up"));
    m_followUpDays->setSuffix(tr(" days"));
    m_feedback->setObjectName(QStringLiteral("actionFeedbackCheckBox"));
    m_feedback->setAccessibleName(tr("Feedback to the client needed"));
    m_journal->setObjectName(QStringLiteral("actionJournalCheckBox"));
    m_journal->setAccessibleName(tr("Journal entry needed"));
    m_feedbackBy->setEnabled(false);
    m_journalBy->setEnabled(false);
    connect(m_feedback, &QCheckBox::toggled, m_feedbackBy, &QWidget::setEnabled);
    connect(m_journal, &QCheckBox::toggled, m_journalBy, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&What"), m_what);
    form->addRow(tr("&Responsible"), m_responsible);
    form->addRow(m_hasDueDate, m_dueDate);
    form->addRow(tr("Follow &up in the team"), m_followUpDays);
    form->addRow(m_feedback, m_feedbackBy);
    form->addRow(m_journal, m_journalBy);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save action"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveActionButton"));
    save->setAccessibleName(tr("Save action"));
    save->setDefault(true);
    save->setToolTip(tr("Enter"));
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelActionButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Esc"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // The keyboard walks the form top to bottom.
    QWidget *order[] = {m_what, m_responsible, m_hasDueDate, m_dueDate, m_followUpDays, m_feedback,
        m_feedbackBy, m_journal, m_journalBy, save, cancel};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    // As large as the meeting mode behind it, readable on a projector.
    if (parent)
        setFont(parent->font());
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_what->setFocus();
}

QLineEdit *ActionDialog::personField(const QString &objectName, const QString &accessibleName)
{
    QStringList names;
    for (const Person &person : m_people)
        names << person.name;
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    setWholePlaceholder(field, tr("Type a name"));
    auto *completer = new QCompleter(names, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    field->setCompleter(completer);
    return field;
}

qint64 ActionDialog::personId(const QLineEdit *field) const
{
    const QString name = field->text().trimmed();
    for (const Person &person : m_people) {
        if (person.name.compare(name, Qt::CaseInsensitive) == 0)
            return person.id;
    }
    return 0;
}

void ActionDialog::accept()
{
    QString problem;
    QLineEdit *wrong = nullptr;
    if (m_what->text().trimmed().isEmpty()) {
        problem = tr("Write what is to be done.");
        wrong = m_what;
    } else if (personId(m_responsible) == 0) {
        problem = tr("Choose the responsible person from the list of names.");
        wrong = m_responsible;
    } else if (m_feedback->isChecked() && personId(m_feedbackBy) == 0) {
        problem = tr("Choose who gives feedback to the client from the list of names.");
        wrong = m_feedbackBy;
    } else if (m_journal->isChecked() && personId(m_journalBy) == 0) {
        problem = tr("Choose who makes the journal entry from the list of names.");
        wrong = m_journalBy;
    }
    if (wrong) {
        MessageBox::error(this, tr("The action is not complete"), problem);
        wrong->setFocus();
        return;
    }
    QDialog::accept();
}

Action ActionDialog::action() const
{
    Action action;
    action.what = m_what->text().trimmed();
    action.responsibleId = personId(m_responsible);
    if (m_hasDueDate->isChecked())
        action.dueDate = m_dueDate->date();
    action.followUpDays = m_followUpDays->value();
    action.feedbackToClient = m_feedback->isChecked();
    action.feedbackById = action.feedbackToClient ? personId(m_feedbackBy) : 0;
    action.journalEntryNeeded = m_journal->isChecked();
    action.journalById = action.journalEntryNeeded ? personId(m_journalBy) : 0;
    return action;
}

} // namespace tf
