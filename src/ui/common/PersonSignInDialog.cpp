#include "ui/common/PersonSignInDialog.h"
#include "ui/common/PaletteColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tf {

PersonSignInDialog::PersonSignInDialog(Options options, QWidget *parent)
    : QDialog(parent)
    , m_options(std::move(options))
    , m_person(new QComboBox(this))
    , m_codeLabel(new QLabel(tr("Personal &code"), this))
    , m_code(new QLineEdit(this))
    , m_repeatLabel(new QLabel(tr("&Repeat the code"), this))
    , m_repeat(new QLineEdit(this))
    , m_codeHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personSignInDialog"));
    setWindowTitle(m_options.title);
    auto *intro = new QLabel(m_options.intro, this);
    intro->setObjectName(QStringLiteral("signInIntroLabel"));
    intro->setWordWrap(true);
    m_person->setObjectName(QStringLiteral("signInPersonComboBox"));
    m_person->setAccessibleName(tr("Who you are"));
    for (const Person &person : std::as_const(m_options.people))
        m_person->addItem(person.name, person.id);
    m_person->setCurrentIndex(qMax(0, m_person->findData(m_options.preselectedId)));
    for (QLineEdit *field : {m_code, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_code->setObjectName(QStringLiteral("signInCodeLineEdit"));
    m_code->setAccessibleName(tr("Personal code"));
    m_repeat->setObjectName(QStringLiteral("signInRepeatLineEdit"));
    m_repeat->setAccessibleName(tr("Repeat the code"));
    m_codeLabel->setBuddy(m_code);
    m_repeatLabel->setBuddy(m_repeat);
    m_codeHint->setObjectName(QStringLiteral("signInCodeHintLabel"));
    m_codeHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setWordWrap(true);
    showAsAttention(m_error);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("signInAcceptButton"));
    ok->setText(m_options.acceptText);
    ok->setAccessibleName(QString(m_options.acceptText).remove(QLatin1Char('&')));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("signInCancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *personLabel = new QLabel(tr("&Person"), this);
    personLabel->setBuddy(m_person);
    auto *form = new QFormLayout;
    form->addRow(personLabel, m_person);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_codeHint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonSignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonSignInDialog::reject);
    connect(m_person, &QComboBox::currentIndexChanged, this, &PersonSignInDialog::personChosen);
    personChosen();
    m_person->setFocus();
}

qint64 PersonSignInDialog::personId() const
{
    return m_person->currentData().toLongLong();
}

QString PersonSignInDialog::code() const
{
    return m_code->text();
}

bool PersonSignInDialog::choosesNewCode() const
{
    return m_options.askCode && m_options.hasCode && personId() > 0
        && !m_options.hasCode(personId());
}

void PersonSignInDialog::personChosen()
{
    const bool newCode = choosesNewCode();
    m_codeLabel->setVisible(m_options.askCode);
    m_code->setVisible(m_options.askCode);
    m_repeatLabel->setVisible(newCode);
    m_repeat->setVisible(newCode);
    m_codeHint->setVisible(newCode);
    m_codeHint->setText(newCode
            ? tr("%1 has no personal code yet. Choose one of at least %2 characters and type it "
                 "twice. Keep it to yourself: it is how you show that it is you who approves.")
                  .arg(m_person->currentText())
                  .arg(m_options.minimumCodeLength)
            : QString());
    m_code->clear();
    m_repeat->clear();
    m_error->clear();
}

void PersonSignInDialog::accept()
{
    if (personId() <= 0) {
        m_error->setText(tr("Choose who you are."));
        m_person->setFocus();
        return;
    }
    if (m_options.askCode && m_code->text().isEmpty()) {
        m_error->setText(tr("Type your personal code."));
        m_code->setFocus();
        return;
    }
    if (choosesNewCode()) {
        if (m_code->text().size() < m_options.minimumCodeLength) {
            m_error->setText(
                tr("The code needs at least %1 characters.").arg(m_options.minimumCodeLength));
            m_code->setFocus();
            return;
        }
        if (m_repeat->text() != m_code->text()) {
            m_error->setText(tr("The two codes differ. Type the same code twice."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace tf
