#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace tf {

// The program's settings on this computer account: for now after how many
// idle minutes the program locks (0: never) and whether desktop reminders
// of what falls due are shown.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    void accept() override;

private:
    QSpinBox *m_lockMinutes;
    QCheckBox *m_reminders;
};

} // namespace tf
