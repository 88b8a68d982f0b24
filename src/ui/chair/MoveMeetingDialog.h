#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QSpinBox;

namespace tf {

// A new time (Swedish local time) and length for one meeting of a series.
class MoveMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    MoveMeetingDialog(const QDateTime &startUtc, int minutes, QWidget *parent = nullptr);
    QDateTime startUtc() const;
    QDate localDate() const;
    int minutes() const;

private:
    QDateTimeEdit *m_when;
    QSpinBox *m_length;
};

} // namespace tf
