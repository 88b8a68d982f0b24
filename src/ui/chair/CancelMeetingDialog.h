#pragma once

#include <QDialog>

class QLineEdit;

namespace tf {

// Asks before one meeting is cancelled, and why: the reason shows with the
// meeting, so those invited and whoever reads the calendar later know.
class CancelMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CancelMeetingDialog(QWidget *parent = nullptr);

    QString reason() const;

private:
    QLineEdit *m_reason;
};

} // namespace tf
