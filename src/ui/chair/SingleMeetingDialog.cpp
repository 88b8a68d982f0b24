#include "ui/chair/SingleMeetingDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tf {

SingleMeetingDialog::SingleMeetingDialog(
    const QList<ForumTemplate> &templates, const QDate &date, QWidget *parent)
    : QDialog(parent)
    , m_forum(new QComboBox(this))
    , m_date(new QDateEdit(date, this))
    , m_time(new QTimeEdit(QTime(13, 0), this))
{
    setObjectName(QStringLiteral("singleMeetingDialog"));
    setWindowTitle(tr("Single meeting"));
    m_forum->setObjectName(QStringLiteral("singleForumComboBox"));
    m_forum->setAccessibleName(tr("Forum"));
    // The forums held when needed first: they are what single meetings are for.
    for (const bool onDemand : {true, false}) {
        for (const ForumTemplate &t : templates) {
            if (t.onDemand == onDemand)
                m_forum->addItem(onDemand ? tr("%1 (when needed)").arg(t.name) : t.name, t.forum);
        }
    }
    m_date->setObjectName(QStringLiteral("singleDateEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_time->setObjectName(QStringLiteral("singleTimeEdit"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));

    auto *form = new QFormLayout;
    auto add = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    add(tr("&Forum:"), m_forum);
    add(tr("&Date:"), m_date);
    add(tr("&Time:"), m_time);
    auto *hint = new QLabel(
        tr("The meeting gets the forum's length and place, and the forum's team is invited."),
        this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Book meeting"));
    ok->setObjectName(QStringLiteral("bookMeetingButton"));
    ok->setAccessibleName(tr("Book meeting"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelSingleMeetingButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void SingleMeetingDialog::selectForum(const QString &forumKey)
{
    const int index = m_forum->findData(forumKey);
    if (index >= 0)
        m_forum->setCurrentIndex(index);
}

QString SingleMeetingDialog::forum() const
{
    return m_forum->currentData().toString();
}

QDate SingleMeetingDialog::date() const
{
    return m_date->date();
}

QTime SingleMeetingDialog::time() const
{
    return m_time->time();
}

} // namespace tf
