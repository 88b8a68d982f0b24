#include "support/ShownMessages.h"

#include "ui/common/MessageBox.h"

namespace tf::test {

ShownMessages::ShownMessages(QMessageBox::StandardButton answer)
{
    MessageBox::setHandler([this, answer](QMessageBox::Icon, const QString &, const QString &text) {
        texts << text;
        return answer;
    });
}

ShownMessages::~ShownMessages()
{
    MessageBox::setHandler({});
}

} // namespace tf::test
