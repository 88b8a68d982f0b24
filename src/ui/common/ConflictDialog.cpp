#include "ui/common/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

namespace {
QPlainTextEdit *textField(QWidget *parent, const QString &text, const char *name,
    const QString &accessibleName, bool readOnly)
{
    auto *field = new QPlainTextEdit(text, parent);
    field->setObjectName(QLatin1String(name));
    field->setAccessibleName(accessibleName);
    field->setReadOnly(readOnly);
    field->setTabChangesFocus(true);
    return field;
}

QLabel *labelFor(QWidget *parent, const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

ConflictDialog::ConflictDialog(const QString &what, const QString &mine, const QString &theirs,
    const QString &merged, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_merged(textField(this, merged, "mergedTextEdit", tr("Combined text"), false))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed the same text"));
    auto *intro = new QLabel(tr("Someone else saved %1 while you were changing it. Your text and "
                                "theirs are shown side by side; nothing has been lost. Keep "
                                "yours, take theirs, or edit the combined text and save it.")
                                 .arg(what),
        this);
    intro->setObjectName(QStringLiteral("conflictIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *mineField = textField(this, mine, "myTextEdit", tr("Your text"), true);
    auto *theirField = textField(this, theirs, "theirTextEdit", tr("Their text"), true);

    auto *texts = new QGridLayout;
    texts->addWidget(labelFor(this, tr("&Your text"), mineField), 0, 0);
    texts->addWidget(labelFor(this, tr("T&heir text (saved)"), theirField), 0, 1);
    texts->addWidget(mineField, 1, 0);
    texts->addWidget(theirField, 1, 1);

    auto *buttons = new QDialogButtonBox(this);
    const auto add
        = [&](const QString &text, const char *name, const QString &accessible, Choice choice) {
              QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
              b->setObjectName(QLatin1String(name));
              b->setAccessibleName(accessible);
              // Enter writes a new line in the combined text; only a click or
              // the button's Alt+letter decides.
              b->setAutoDefault(false);
              connect(b, &QPushButton::clicked, this, [this, choice] { choose(choice); });
          };
    add(tr("&Keep mine"), "keepMineButton", tr("Keep mine"), Choice::Mine);
    add(tr("&Take theirs"), "takeTheirsButton", tr("Take theirs"), Choice::Theirs);
    add(tr("&Save combined"), "saveMergedButton", tr("Save combined"), Choice::Merged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(texts, 1);
    layout->addWidget(labelFor(this, tr("&Combined text, to edit"), m_merged));
    layout->addWidget(m_merged, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    m_merged->setFocus();
    m_merged->moveCursor(QTextCursor::End);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

QString ConflictDialog::chosenText() const
{
    switch (m_choice) {
    case Choice::Mine:
        return m_mine;
    case Choice::Theirs:
        return m_theirs;
    case Choice::Merged:
        return m_merged->toPlainText();
    case Choice::Later:
        break;
    }
    return m_mine;
}

} // namespace tf
