#pragma once

#include <QMessageBox>
#include <QStringList>

namespace tf::test {

// While it lives, tf::MessageBox shows nothing: each text is kept in texts
// and every box is answered with answer.
struct ShownMessages
{
    QStringList texts;

    explicit ShownMessages(QMessageBox::StandardButton answer = QMessageBox::Ok);
    ~ShownMessages();
    ShownMessages(const ShownMessages &) = delete;
    ShownMessages &operator=(const ShownMessages &) = delete;
};

} // namespace tf::test
