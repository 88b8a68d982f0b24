#pragma once

#include "domain/Person.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace tf {

// Asks who is working, on a computer account several people share: the
// person chooses themselves and, when a code is asked for, confirms it with
// their personal code (choosing one, typed twice, the first time). Used to
// approve minutes and to change who is signed in.
class PersonSignInDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString title;
        QString intro;
        QString acceptText;
        QList<Person> people;
        qint64 preselectedId = 0;
        bool askCode = false;
        // Whether the person has chosen a code already; without one they
        // choose it now.
        std::function<bool(qint64)> hasCode;
        int minimumCodeLength = 6;
    };

    PersonSignInDialog(Options options, QWidget *parent = nullptr);

    qint64 personId() const;
    QString code() const;
    // The chosen person has no code yet: code() is the one they chose.
    bool choosesNewCode() const;
    void accept() override;

private:
    void personChosen();

    Options m_options;
    QComboBox *m_person;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_codeHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tf
