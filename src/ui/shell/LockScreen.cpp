#include "ui/shell/LockScreen.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

LockScreen::LockScreen(const QString &reason, const Person &signedIn, const QList<Person> &people,
    const QString &note, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_person(new QComboBox(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Teamforum is locked"));
    setAccessibleName(tr("Teamforum is locked"));
    setWindowModality(Qt::ApplicationModal);
    setAutoFillBackground(true);
    setStyleSheet(
        QStringLiteral("#lockScreen { background: #24313f; } "
                       "#lockPanel { background: palette(window); border-radius: 8px; }"));

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setMaximumWidth(560);
    auto *title = new QLabel(tr("<h2>Teamforum is locked</h2>"), panel);
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    auto *who = new QLabel(tr("Signed in: <b>%1</b>").arg(signedIn.name.toHtmlEscaped()), panel);
    who->setObjectName(QStringLiteral("lockSignedInLabel"));
    auto *why = new QLabel(reason, panel);
    why->setObjectName(QStringLiteral("lockReasonLabel"));
    why->setWordWrap(true);
    m_person->setObjectName(QStringLiteral("lockPersonComboBox"));
    m_person->setAccessibleName(tr("Who is working now"));
    for (const Person &person : people)
        m_person->addItem(person.name, person.id);
    m_person->setCurrentIndex(qMax(0, m_person->findData(signedIn.id)));
    auto *personLabel = new QLabel(tr("&Who is working now?"), panel);
    personLabel->setBuddy(m_person);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(32, 24, 32, 24);
    panelLayout->addWidget(title);
    panelLayout->addWidget(who);
    panelLayout->addWidget(why);
    if (!note.isEmpty()) {
        auto *noteLabel = new QLabel(note, panel);
        noteLabel->setObjectName(QStringLiteral("lockNoteLabel"));
        noteLabel->setWordWrap(true);
        panelLayout->addWidget(noteLabel);
    }
    panelLayout->addSpacing(12);
    panelLayout->addWidget(personLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_person, 1);
    row->addWidget(m_unlock);
    panelLayout->addLayout(row);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(panel, 1);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_unlocking = true;
        Q_EMIT unlocked(chosenPersonId());
    });
    m_person->setFocus();
}

qint64 LockScreen::chosenPersonId() const
{
    return m_person->currentData().toLongLong();
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    // Only unlocking ends the lock; Alt+F4 and the like do not.
    if (m_unlocking)
        event->accept();
    else
        event->ignore();
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_unlock->click();
        return;
    }
    if (event->key() == Qt::Key_Escape)
        return; // Escape does not unlock
    QWidget::keyPressEvent(event);
}

} // namespace tf
