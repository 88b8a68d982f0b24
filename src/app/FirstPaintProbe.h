#pragma once

#include <QObject>

class QWidget;

namespace tf {

// For the start-up benchmark, driven by TEAMFORUM_EXIT_AFTER_FIRST_PAINT:
// "1" prints "painted <resident kB>" once the window has been painted and
// quits; "view" prints that line too, then "view <resident kB>" at the first
// paint after contentReady() (the view the window opened on is filled) and
// quits. Does nothing when the variable is not set.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // The probe, or nullptr when no measurement was asked for.
    static FirstPaintProbe *attachIfRequested(QWidget *window);

public Q_SLOTS:
    void contentReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe(QObject *parent, bool waitForContent);
    void report(const char *what, bool quit);

    bool m_waitForContent;
    bool m_painted = false;
    bool m_contentReady = false;
};

// Resident memory of this process in kB (Linux), 0 where unknown.
long residentKilobytes();

} // namespace tf
