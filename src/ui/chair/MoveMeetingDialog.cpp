#include "ui/chair/MoveMeetingDialog.h"

#include "domain/SeriesPlanner.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tf {

MoveMeetingDialog::MoveMeetingDialog(const QDateTime &startUtc, int minutes, QWidget *parent)
    : QDialog(parent)
    , m_when(new QDateTimeEdit(this))
    , m_length(new QSpinBox(this))
{
    setObjectName(QStringLiteral("moveMeetingDialog"));
    setWindowTitle(tr("Move meeting"));
    // The edit shows plain date and time; handing it a Stockholm QDateTime
    // would convert it to the computer's own zone (UTC on many servers).
    const QDateTime local = startUtc.toTimeZone(SeriesPlanner::stockholm());
    m_when->setDateTime(QDateTime(local.date(), local.time()));
    m_when->setObjectName(QStringLiteral("newStartDateTimeEdit"));
    m_when->setAccessibleName(tr("New date and time"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_length->setObjectName(QStringLiteral("newLengthSpinBox"));
    m_length->setAccessibleName(tr("Length in minutes"));
    m_length->setRange(1, 8 * 60);
    m_length->setSuffix(tr(" min"));
    m_length->setValue(minutes);
    auto *form = new QFormLayout(this);
    auto *whenLabel = new QLabel(tr("&New time:"), this);
    whenLabel->setBuddy(m_when);
    auto *lengthLabel = new QLabel(tr("&Length:"), this);
    lengthLabel->setBuddy(m_length);
    form->addRow(new QLabel(tr("Only this meeting moves; the series keeps its rhythm."), this));
    form->addRow(whenLabel, m_when);
    form->addRow(lengthLabel, m_length);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Move"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QDateTime MoveMeetingDialog::startUtc() const
{
    return SeriesPlanner::toUtc(m_when->date(), m_when->time());
}

QDate MoveMeetingDialog::localDate() const
{
    return m_when->date();
}

int MoveMeetingDialog::minutes() const
{
    return m_length->value();
}

} // namespace tf
