#pragma once

#include <QObject>
#include <QTimer>

namespace tf {

// Tells when nobody has used the program (keys, mouse, wheel, touch in any
// of its windows) for a number of minutes; 0 minutes never.
class IdleWatch : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatch(QObject *parent = nullptr);
    ~IdleWatch() override;

    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // Whether idle time is being counted (on, and not paused).
    bool counting() const { return m_timer.isActive(); }
    // Starts counting again, as input does.
    void restart();
    // While paused (the program is locked) input counts for nothing.
    void setPaused(bool paused);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_minutes = 0;
    bool m_paused = false;
};

} // namespace tf
