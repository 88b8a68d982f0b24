#include "support/SignInAnswer.h"

#include "support/WidgetChecks.h"
#include "ui/common/PersonSignInDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace tf::test {

void signInWhenAsked(qint64 personId, const QString &code)
{
    QTimer::singleShot(0, [personId, code] {
        auto *dialog = qobject_cast<PersonSignInDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto *person = child<QComboBox>(dialog, QStringLiteral("signInPersonComboBox"));
        const int row = person->findData(personId);
        if (row < 0)
            dialog->reject(); // not offered: the test sees nothing approved
        REQUIRE(row >= 0);
        person->setCurrentIndex(row);
        checkSwedishAndNamed(dialog);
        if (!code.isEmpty()) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("signInCodeLineEdit")), code);
            auto *repeat = child<QLineEdit>(dialog, QStringLiteral("signInRepeatLineEdit"));
            if (dialog->choosesNewCode())
                QTest::keyClicks(repeat, code);
        }
        QTest::mouseClick(
            child<QPushButton>(dialog, QStringLiteral("signInAcceptButton")), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject(); // refused in the dialog: nothing approved
    });
}

} // namespace tf::test
