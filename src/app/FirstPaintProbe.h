#pragma once

#include <QObject>

class QWidget;

namespace tf {

// For the start-up benchmark: when TEAMFORUM_EXIT_AFTER_FIRST_PAINT is set,
// prints "painted <resident kB>" once the window has been painted and quits.
// Does nothing otherwise.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static void attachIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    bool m_reported = false;
};

// Resident memory of this process in kB (Linux), 0 where unknown.
long residentKilobytes();

} // namespace tf
