#include "SecretBuffer.h"

#include <QString>
#include <QTest>

#include <type_traits>

using namespace guichet;

static_assert(!std::is_copy_constructible_v<SecretBuffer>);
static_assert(!std::is_copy_assignable_v<SecretBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecretBuffer>);

class TestSecretBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsUpToCapacity()
    {
        SecretBuffer pin(4);
        for (char c : {'1', '2', '3', '4'})
            QVERIFY(pin.append(c));
        QVERIFY(!pin.append('5'));
        QCOMPARE(pin.size(), std::size_t(4));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(pin.bytes().data()), 4),
                 QByteArray("1234"));
    }

    void removeLastWipesTheByte()
    {
        SecretBuffer pin(8);
        pin.append('9');
        pin.append('8');
        const unsigned char* data = pin.bytes().data();
        pin.removeLast();
        QCOMPARE(pin.size(), std::size_t(1));
        QCOMPARE(int(data[1]), 0);
    }

    void clearWipesAllStorage()
    {
        SecretBuffer pin(8);
        for (char c : {'1', '2', '3', '4', '5', '6'})
            pin.append(c);
        const unsigned char* data = pin.bytes().data();
        pin.clear();
        QVERIFY(pin.isEmpty());
        // The storage is kept (fixed capacity) and is all zeros now.
        for (std::size_t i = 0; i < pin.capacity(); ++i)
            QCOMPARE(int(data[i]), 0);
    }

    void moveTransfersOwnership()
    {
        SecretBuffer a = SecretBuffer::fromLatin1("123456", 6, 8);
        SecretBuffer b(std::move(a));
        QCOMPARE(b.size(), std::size_t(6));
        QCOMPARE(a.size(), std::size_t(0)); // NOLINT(bugprone-use-after-move): documented state
        SecretBuffer c;
        c = std::move(b);
        QCOMPARE(c.size(), std::size_t(6));
        QCOMPARE(c.capacity(), std::size_t(8));
    }

    void wipesQString()
    {
        QString text = QStringLiteral("246810");
        text.detach();
        const QChar* data = text.constData();
        QString* alias = &text;
        SecretBuffer::wipe(text);
        QVERIFY(alias->isEmpty());
        Q_UNUSED(data);
        // Wiping raw memory leaves zeros.
        char raw[6] = {'a', 'b', 'c', 'd', 'e', 'f'};
        SecretBuffer::wipe(raw, sizeof raw);
        for (char c : raw)
            QCOMPARE(int(c), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "tst_secretbuffer.moc"
