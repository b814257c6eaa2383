"""Localized OS and tool messages read as their English originals: the translation layer before the catalogue.

Self-hosted runners and developer machines often run with a non-English locale, and then glibc's strerror and
gai_strerror, apt, git and Windows' socket and IO messages come translated ("[Errno 111] Verbindungsaufbau abgelehnt",
"Temporärer Fehlschlag beim Auflösen von »deb.debian.org«"). to_english() puts the English original in place of each
localized message this table holds, line by line, so that every reading of signatures.toml (the transient ones and
the ones that keep a job's own loopback service or a retired host real) applies to it unchanged. The line count and
every other character stay; the engine shows the log's own line as evidence (the mapping returned with the text).

Evidence: each row names its source, a msgstr read from the project's own catalogue (not fuzzy, not empty, not the
same as its msgid): glibc: bminor/glibc po/<lang>.po at 04e750e (strerror's and gai_strerror's msgid); apt: Debian/apt
po/<lang>.po at 6b12812; git: git/git po/<lang>.po at 1a3e64c (git has no pt_BR or ja catalogue there; ru leaves
"fatal: " and the hung-up message empty, i.e. English). Windows: no message table source is public; the rows marked "observed" are the messages as Windows printed
them in public logs and code (Python's "[WinError 10054] ...", .NET's SocketException; found in public repositories
and Microsoft's localized .NET docs), de and fr only. Not here, for want of a source read: wget's own words (its po
files are not in its repository; its strerror part is glibc's and is read), .NET's HttpRequestException and
SslStream messages and NuGet's words (no localized resource file of them was read; assumption: a localized .NET
SDK's wording is left to a later round).
Assumptions: a format's "%s" is one word without blanks and without the character that follows it in the format (a
host before ":", an address before ")"; an IPv6 address before ":" is not read), except the last one of a format,
which is the rest of the line and left as it is; placeholders keep their order (no row uses "%1$s").
Not read (review25_b): a row's text inside a longer word (a Latin or Cyrillic letter before or after it, a Han, kana
or Hangul letter after it), a value that is itself a placeholder ("%s": the format printed, not a message), a line
holding "msgstr" (a gettext catalogue's entry, as a localisation check prints it); an NFD line is read in NFC.
(leftovers26) A mojibake line (UTF-8 shown as Latin-1 or cp1252: "TemporÃ¤rer Fehler") is read in its repaired form
where the bytes round-trip (_repaired), and only where a row then reads it; the evidence is still the log's own line.

Speed: each row is read only on a line holding its word (the longest word of its localized text, one with a non-ASCII
letter where it has one): the all-ASCII rows' words are looked for in the whole text, the others only on the lines
that hold a non-ASCII letter, and only where the text holds all of the word's non-ASCII letters. Pure: no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable

# (source, language, English original as the tool's msgid, localized msgstr); %s / %lu are the format's values
_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # glibc (bminor/glibc po/<lang>.po): strerror ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENETUNREACH, EHOSTUNREACH,
    # ENOSPC, ENOMEM, EPIPE; gai_strerror EAI_AGAIN, EAI_NONAME, EAI_NODATA
    ("glibc", "de", 'Connection refused', 'Verbindungsaufbau abgelehnt'),
    ("glibc", "de", 'Connection reset by peer', 'Die Verbindung wurde vom Kommunikationspartner zurückgesetzt'),
    ("glibc", "de", 'Connection timed out', 'Die Wartezeit für die Verbindung ist abgelaufen'),
    ("glibc", "de", 'Network is unreachable', 'Das Netzwerk ist nicht erreichbar'),
    ("glibc", "de", 'No route to host', 'Keine Route zum Zielrechner'),
    ("glibc", "de", 'No space left on device', 'Auf dem Gerät ist kein Speicherplatz mehr verfügbar'),
    ("glibc", "de", 'Cannot allocate memory', 'Nicht genügend Hauptspeicher verfügbar'),
    ("glibc", "de", 'Broken pipe', 'Datenübergabe unterbrochen (broken pipe)'),
    ("glibc", "de", 'Temporary failure in name resolution', 'Temporärer Fehler bei der Namensauflösung'),
    ("glibc", "de", 'Name or service not known', 'Der Name oder der Dienst ist nicht bekannt'),
    ("glibc", "de", 'No address associated with hostname', 'Zu diesem Hostnamen gehört keine Adresse'),
    ("glibc", "fr", 'Connection refused', 'Connexion refusée'),
    ("glibc", "fr", 'Connection reset by peer', 'Connexion ré-initialisée par le correspondant'),
    ("glibc", "fr", 'Connection timed out', "Connexion terminée par expiration du délai d'attente"),
    ("glibc", "fr", 'Network is unreachable', "Le réseau n'est pas accessible"),
    ("glibc", "fr", 'No route to host', "Aucun chemin d'accès pour atteindre l'hôte cible"),
    ("glibc", "fr", 'No space left on device', 'Aucun espace disponible sur le périphérique'),
    ("glibc", "fr", 'Cannot allocate memory', 'Ne peut allouer de la mémoire'),
    ("glibc", "fr", 'Broken pipe', 'Relais brisé (pipe)'),
    ("glibc", "fr", 'Temporary failure in name resolution', 'Échec temporaire dans la résolution du nom'),
    ("glibc", "fr", 'Name or service not known', 'Nom ou service inconnu'),
    ("glibc", "fr", 'No address associated with hostname', "Aucune adresse associée avec le nom de l'hôte"),
    ("glibc", "es", 'Connection refused', 'Conexión rehusada'),
    ("glibc", "es", 'Connection reset by peer', 'Conexión reinicializada por la máquina remota'),
    ("glibc", "es", 'Connection timed out', 'Expiró el tiempo de conexión'),
    ("glibc", "es", 'Network is unreachable', 'La red es inaccesible'),
    ("glibc", "es", 'No route to host', "No existe ninguna ruta hasta el `host'"),
    ("glibc", "es", 'No space left on device', 'No queda espacio en el dispositivo'),
    ("glibc", "es", 'Cannot allocate memory', 'No se pudo asignar memoria'),
    ("glibc", "es", 'Broken pipe', 'Tubería rota'),
    ("glibc", "es", 'Temporary failure in name resolution', 'Fallo temporal en la resolución del nombre'),
    ("glibc", "es", 'Name or service not known', 'Nombre o servicio desconocido'),
    ("glibc", "es", 'No address associated with hostname', 'No existe ninguna dirección asociada al nombre'),
    ("glibc", "pt_BR", 'Connection refused', 'Conexão recusada'),
    ("glibc", "pt_BR", 'Connection reset by peer', 'Conexão fechada pela outra ponta'),
    ("glibc", "pt_BR", 'Connection timed out', 'Tempo esgotado para conexão'),
    ("glibc", "pt_BR", 'Network is unreachable', 'A rede está fora de alcance'),
    ("glibc", "pt_BR", 'No route to host', 'Não há rota para o host'),
    ("glibc", "pt_BR", 'No space left on device', 'Não há espaço disponível no dispositivo'),
    ("glibc", "pt_BR", 'Cannot allocate memory', 'Não foi possível alocar memória'),
    ("glibc", "pt_BR", 'Broken pipe', 'Pipe quebrado'),
    ("glibc", "pt_BR", 'Temporary failure in name resolution', 'Falha temporário na resolução de nome'),
    ("glibc", "pt_BR", 'Name or service not known', 'Nome ou serviço desconhecido'),
    ("glibc", "pt_BR", 'No address associated with hostname', 'Não há endereço associado com o nome'),
    ("glibc", "it", 'Connection refused', 'Connessione rifiutata'),
    ("glibc", "it", 'Connection reset by peer', 'Connessione interrotta dal corrispondente'),
    ("glibc", "it", 'Connection timed out', 'Connessione scaduta'),
    ("glibc", "it", 'Network is unreachable', 'La rete non è raggiungibile'),
    ("glibc", "it", 'No route to host', "Nessun instradamento per l'host"),
    ("glibc", "it", 'No space left on device', 'Spazio esaurito sul device'),
    ("glibc", "it", 'Cannot allocate memory', 'Impossibile allocare memoria'),
    ("glibc", "it", 'Broken pipe', 'Pipe interrotta'),
    ("glibc", "it", 'Temporary failure in name resolution', 'Errore temporaneo nella risoluzione del nome'),
    ("glibc", "it", 'Name or service not known', 'Nome o servizio sconosciuto'),
    ("glibc", "it", 'No address associated with hostname', 'Nessun indirizzo associato al nome host'),
    ("glibc", "ru", 'Connection refused', 'В соединении отказано'),
    ("glibc", "ru", 'Connection reset by peer', 'Соединение разорвано другой стороной'),
    ("glibc", "ru", 'Connection timed out', 'Время ожидания соединения истекло'),
    ("glibc", "ru", 'Network is unreachable', 'Сеть недоступна'),
    ("glibc", "ru", 'No route to host', 'Нет маршрута до узла'),
    ("glibc", "ru", 'No space left on device', 'На устройстве не осталось свободного места'),
    ("glibc", "ru", 'Cannot allocate memory', 'Невозможно выделить память'),
    ("glibc", "ru", 'Broken pipe', 'Обрыв канала'),
    ("glibc", "ru", 'Temporary failure in name resolution', 'Временный сбой в разрешении имен'),
    ("glibc", "ru", 'Name or service not known', 'Неизвестное имя или служба'),
    ("glibc", "ru", 'No address associated with hostname', 'С именем узла не связано ни одного адреса'),
    ("glibc", "pl", 'Connection refused', 'Połączenie odrzucone'),
    ("glibc", "pl", 'Connection reset by peer', 'Połączenie zerwane przez drugą stronę'),
    ("glibc", "pl", 'Connection timed out', 'Przekroczony czas oczekiwania na połączenie'),
    ("glibc", "pl", 'Network is unreachable', 'Sieć jest niedostępna'),
    ("glibc", "pl", 'No route to host', 'Brak trasy do hosta'),
    ("glibc", "pl", 'No space left on device', 'Brak miejsca na urządzeniu'),
    ("glibc", "pl", 'Cannot allocate memory', 'Nie można przydzielić pamięci'),
    ("glibc", "pl", 'Broken pipe', 'Przerwany potok'),
    ("glibc", "pl", 'Temporary failure in name resolution', 'Odwzorowanie nazwy jest chwilowo niemożliwe'),
    ("glibc", "pl", 'Name or service not known', 'Ta nazwa lub usługa jest nieznana'),
    ("glibc", "pl", 'No address associated with hostname', 'Brak adresu związanego z nazwą hosta'),
    ("glibc", "zh_CN", 'Connection refused', '连接被拒绝'),
    ("glibc", "zh_CN", 'Connection reset by peer', '连接被对方重置'),
    ("glibc", "zh_CN", 'Connection timed out', '连接超时'),
    ("glibc", "zh_CN", 'Network is unreachable', '网络不可达'),
    ("glibc", "zh_CN", 'No route to host', '没有到主机的路由'),
    ("glibc", "zh_CN", 'No space left on device', '设备上没有空间'),
    ("glibc", "zh_CN", 'Cannot allocate memory', '无法分配内存'),
    ("glibc", "zh_CN", 'Broken pipe', '断开的管道'),
    ("glibc", "zh_CN", 'Temporary failure in name resolution', '域名解析出现暂时性错误'),
    ("glibc", "zh_CN", 'Name or service not known', '名称或服务未知'),
    ("glibc", "zh_CN", 'No address associated with hostname', '没有与主机名关联的地址'),
    ("glibc", "ja", 'Connection refused', '接続を拒否されました'),
    ("glibc", "ja", 'Connection reset by peer', '接続が相手からリセットされました'),
    ("glibc", "ja", 'Connection timed out', '接続がタイムアウトしました'),
    ("glibc", "ja", 'Network is unreachable', 'ネットワークに届きません'),
    ("glibc", "ja", 'No route to host', 'ホストへの経路がありません'),
    ("glibc", "ja", 'No space left on device', 'デバイスに空き領域がありません'),
    ("glibc", "ja", 'Cannot allocate memory', 'メモリを確保できません'),
    ("glibc", "ja", 'Temporary failure in name resolution', '名前解決に一時的に失敗しました'),
    ("glibc", "ja", 'Name or service not known', '名前またはサービスが不明です'),
    ("glibc", "ja", 'No address associated with hostname', 'ホスト名にアドレスが割り当てられていません'),
    ("glibc", "ko", 'Connection refused', '연결이 거부됨'),
    ("glibc", "ko", 'Connection reset by peer', '상대편이 연결을 끊음'),
    ("glibc", "ko", 'Connection timed out', '연결 시간 초과'),
    ("glibc", "ko", 'Network is unreachable', '네트워크가 접근 불가능합니다'),
    ("glibc", "ko", 'No route to host', '호스트로 갈 루트가 없음'),
    ("glibc", "ko", 'No space left on device', '장치에 남은 공간이 없음'),
    ("glibc", "ko", 'Cannot allocate memory', '메모리를 할당할 수 없습니다'),
    ("glibc", "ko", 'Broken pipe', '파이프가 깨어짐'),
    ("glibc", "ko", 'Temporary failure in name resolution', 'name resolution에서 일시적인 실패'),
    ("glibc", "ko", 'Name or service not known', '이름 혹은 서비스를 알 수 없습니다'),
    ("glibc", "ko", 'No address associated with hostname', '호스트이름과 대응되는 주소가 없음'),
    # apt (Debian/apt po/<lang>.po): methods/connect.cc, methods/http, apt-pkg/acquire-item and the fetch progress
    ("apt", "de", 'Could not connect to %s:%s (%s), connection timed out', 'Verbindung mit %s:%s konnte nicht aufgebaut werden (%s), Zeitüberschreitung aufgetreten'),
    ("apt", "de", 'Could not connect to %s:%s (%s).', 'Verbindung mit %s:%s nicht möglich (%s)'),
    ("apt", "de", "Temporary failure resolving '%s'", 'Temporärer Fehlschlag beim Auflösen von »%s«'),
    ("apt", "de", 'Failed to fetch %s  %s', 'Fehlschlag beim Holen von %s %s'),
    ("apt", "de", 'Unable to connect to %s:%s:', 'Verbindung mit %s:%s nicht möglich:'),
    ("apt", "de", "Could not resolve '%s'", '»%s« konnte nicht aufgelöst werden.'),
    ("apt", "de", 'Connection timed out', 'Zeitüberschreitung bei Verbindung'),
    ("apt", "de", 'Connection failed', 'Verbindung fehlgeschlagen'),
    ("apt", "fr", 'Could not connect to %s:%s (%s), connection timed out', 'Connexion à %s:\xa0%s (%s) impossible, délai de connexion dépassé'),
    ("apt", "fr", 'Could not connect to %s:%s (%s).', 'Connexion à %s:\xa0%s (%s) impossible.'),
    ("apt", "fr", "Temporary failure resolving '%s'", 'Erreur temporaire de résolution de «\xa0%s\xa0»'),
    ("apt", "fr", 'Failed to fetch %s  %s', 'Impossible de récupérer %s  %s'),
    ("apt", "fr", 'Unable to connect to %s:%s:', 'Impossible de se connecter à %s:%s\xa0:'),
    ("apt", "fr", "Could not resolve '%s'", 'Ne parvient pas à résoudre «\xa0%s\xa0»'),
    ("apt", "fr", 'Connection timed out', 'Délai de connexion dépassé'),
    ("apt", "fr", 'Connection failed', 'Échec de la connexion'),
    ("apt", "es", 'Could not connect to %s:%s (%s), connection timed out', 'No se pudo conectar a %s:%s (%s), caducó el tiempo para conexión'),
    ("apt", "es", 'Could not connect to %s:%s (%s).', 'No se pudo conectar a %s:%s (%s).'),
    ("apt", "es", "Temporary failure resolving '%s'", 'Fallo temporal al resolver «%s»'),
    ("apt", "es", 'Failed to fetch %s  %s', 'Fallo al obtener %s  %s'),
    ("apt", "es", 'Unable to connect to %s:%s:', 'No se pudo conectar a %s:%s:'),
    ("apt", "es", "Could not resolve '%s'", 'No se pudo resolver «%s»'),
    ("apt", "es", 'Connection timed out', 'Caducó la conexión'),
    ("apt", "es", 'Connection failed', 'Falló la conexión'),
    ("apt", "pt_BR", 'Could not connect to %s:%s (%s), connection timed out', 'Não foi possível conectar em %s:%s (%s), conexão expirou'),
    ("apt", "pt_BR", 'Could not connect to %s:%s (%s).', 'Não foi possível conectar em %s:%s (%s).'),
    ("apt", "pt_BR", "Temporary failure resolving '%s'", "Falha temporária resolvendo '%s'"),
    ("apt", "pt_BR", 'Failed to fetch %s  %s', 'Falhou ao obter %s  %s'),
    ("apt", "pt_BR", 'Unable to connect to %s:%s:', 'Não é possível conectar em %s %s:'),
    ("apt", "pt_BR", "Could not resolve '%s'", "Não foi possível resolver '%s'"),
    ("apt", "pt_BR", 'Connection timed out', 'Conexão expirou'),
    ("apt", "pt_BR", 'Connection failed', 'Conexão falhou'),
    ("apt", "it", 'Could not connect to %s:%s (%s), connection timed out', 'Impossibile connettersi a %s:%s (%s), tempo esaurito per la connessione'),
    ("apt", "it", 'Could not connect to %s:%s (%s).', 'Impossibile connettersi a %s:%s (%s).'),
    ("apt", "it", "Temporary failure resolving '%s'", 'Risoluzione di "%s" temporaneamente non riuscita'),
    ("apt", "it", 'Failed to fetch %s  %s', 'Impossibile recuperare %s  %s'),
    ("apt", "it", 'Unable to connect to %s:%s:', 'Impossibile connettersi a %s:%s:'),
    ("apt", "it", "Could not resolve '%s'", 'Impossibile risolvere "%s"'),
    ("apt", "it", 'Connection timed out', 'Connessione scaduta'),
    ("apt", "it", 'Connection failed', 'Connessione non riuscita'),
    ("apt", "ru", 'Could not connect to %s:%s (%s), connection timed out', 'Не удалось соединиться с %s:%s (%s): время ожидания для соединения истекло'),
    ("apt", "ru", 'Could not connect to %s:%s (%s).', 'Не удалось соединиться с %s:%s (%s).'),
    ("apt", "ru", "Temporary failure resolving '%s'", 'Временная ошибка при разрешении «%s»'),
    ("apt", "ru", 'Failed to fetch %s  %s', 'Не удалось получить %s  %s'),
    ("apt", "ru", 'Unable to connect to %s:%s:', 'Невозможно соединиться с %s:%s:'),
    ("apt", "ru", "Could not resolve '%s'", 'Не удалось разрешить «%s»'),
    ("apt", "ru", 'Connection timed out', 'Время ожидания для соединения истекло'),
    ("apt", "ru", 'Connection failed', 'Соединение разорвано'),
    ("apt", "pl", 'Could not connect to %s:%s (%s), connection timed out', 'Nie udało się połączyć z %s:%s (%s), przekroczenie czasu połączenia'),
    ("apt", "pl", 'Could not connect to %s:%s (%s).', 'Nie udało się połączyć z %s:%s (%s).'),
    ("apt", "pl", "Temporary failure resolving '%s'", 'Tymczasowy błąd przy tłumaczeniu "%s"'),
    ("apt", "pl", 'Failed to fetch %s  %s', 'Nie udało się pobrać %s  %s'),
    ("apt", "pl", 'Unable to connect to %s:%s:', 'Nie udało się połączyć z %s:%s:'),
    ("apt", "pl", "Could not resolve '%s'", 'Nie udało się przetłumaczyć nazwy "%s"'),
    ("apt", "pl", 'Connection timed out', 'Przekroczenie czasu połączenia'),
    ("apt", "pl", 'Connection failed', 'Połączenie nie powiodło się'),
    ("apt", "zh_CN", 'Could not connect to %s:%s (%s), connection timed out', '无法连接上 %s:%s (%s)，连接超时'),
    ("apt", "zh_CN", 'Could not connect to %s:%s (%s).', '无法连接上 %s:%s (%s)。'),
    ("apt", "zh_CN", "Temporary failure resolving '%s'", '暂时不能解析域名“%s”'),
    ("apt", "zh_CN", 'Failed to fetch %s  %s', '无法下载 %s  %s'),
    ("apt", "zh_CN", 'Unable to connect to %s:%s:', '不能连接到 %s：%s：'),
    ("apt", "zh_CN", "Could not resolve '%s'", '无法解析域名“%s”'),
    ("apt", "zh_CN", 'Connection timed out', '连接超时'),
    ("apt", "zh_CN", 'Connection failed', '连接失败'),
    ("apt", "ja", 'Could not connect to %s:%s (%s), connection timed out', '%s:%s (%s) へ接続できませんでした。接続がタイムアウトしました'),
    ("apt", "ja", 'Could not connect to %s:%s (%s).', '%s:%s (%s) へ接続できませんでした。'),
    ("apt", "ja", "Temporary failure resolving '%s'", "'%s' が一時的に解決できません"),
    ("apt", "ja", 'Failed to fetch %s  %s', '%s の取得に失敗しました  %s'),
    ("apt", "ja", 'Unable to connect to %s:%s:', '%s:%s へ接続できません:'),
    ("apt", "ja", "Could not resolve '%s'", "'%s' を解決できませんでした"),
    ("apt", "ja", 'Connection timed out', '接続タイムアウト'),
    ("apt", "ja", 'Connection failed', '接続失敗'),
    ("apt", "ko", 'Could not connect to %s:%s (%s), connection timed out', '%s:%s에 연결할 수 없습니다 (%s). 연결 제한 시간이 초과했습니다'),
    ("apt", "ko", 'Could not connect to %s:%s (%s).', '%s:%s에 연결할 수 없습니다 (%s).'),
    ("apt", "ko", "Temporary failure resolving '%s'", "'%s'의 주소를 알아내는데 임시로 실패했습니다"),
    ("apt", "ko", 'Failed to fetch %s  %s', '%s 파일을 받는데 실패했습니다  %s'),
    ("apt", "ko", 'Unable to connect to %s:%s:', '%s:%s에 연결할 수 없습니다:'),
    ("apt", "ko", "Could not resolve '%s'", "'%s'의 주소를 알아낼 수 없습니다"),
    ("apt", "ko", 'Connection timed out', '연결 시간이 초과했습니다'),
    ("apt", "ko", 'Connection failed', '연결이 실패했습니다'),
    # (apt, as above: apt-get's closing lines for a failed update and a failed download)
    ("apt", "de", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'Einige Indexdateien konnten nicht heruntergeladen werden. Sie wurden ignoriert oder alte an ihrer Stelle benutzt.'),
    ("apt", "de", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'Einige Archive konnten nicht heruntergeladen werden; vielleicht »apt update« ausführen oder mit »--fix-missing« probieren?'),
    ("apt", "fr", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     "Le téléchargement de certains fichiers d'index a échoué, ils ont été ignorés, ou les anciens ont été utilisés à la place."),
    ("apt", "fr", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'Impossible de récupérer certaines archives, peut-être devrez-vous lancer apt-get update ou essayer avec --fix-missing\xa0?'),
    ("apt", "es", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'No se ha podido descargar algunos archivos de índice, se han omitido, o se han utilizado unos antiguos en su lugar.'),
    ("apt", "pt_BR", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'Falha no download de alguns arquivos de índice. Eles foram ignorados, ou os antigos usados em seu lugar.'),
    ("apt", "pt_BR", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'Não é possível obter alguns arquivos, talvez executar apt update ou tentar com --fix-missing?'),
    ("apt", "it", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'Impossibile scaricare alcuni file di indice: saranno ignorati o verranno usati quelli vecchi.'),
    ("apt", "it", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'Impossibile scaricare alcuni pacchetti. Potrebbe essere utile eseguire "apt-get update" o provare l\'opzione "--fix-missing".'),
    ("apt", "ru", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'Некоторые индексные файлы скачать не удалось. Они были проигнорированы, или вместо них были использованы старые версии.'),
    ("apt", "ru", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'Не удалось получить некоторые архивы; возможно, нужно запустить apt update или попытаться повторить запуск с ключом --fix-missing?'),
    ("apt", "pl", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'Nie udało się pobrać niektórych plików indeksu, zostały one zignorowane lub użyto ich starszej wersji.'),
    ("apt", "pl", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'Nie udało się pobrać niektórych archiwów, proszę spróbować uruchomić apt update lub użyć opcji --fix-missing.'),
    ("apt", "zh_CN", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     '部分索引文件下载失败。如果忽略它们，那将转而使用旧的索引文件。'),
    ("apt", "zh_CN", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     '有几个软件包无法下载，要不运行 apt update 或者加上 --fix-missing 的选项再试试？'),
    ("apt", "ja", 'Some index files failed to download. They have been ignored, or old ones used instead.',
     'いくつかのインデックスファイルのダウンロードに失敗しました。これらは無視されるか、古いものが代わりに使われます。'),
    ("apt", "ja", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     'いくつかのアーカイブを取得できません。apt update を実行するか --fix-missing オプションを付けて試してみてください。'),
    ("apt", "ko", 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?',
     '아카이브를 받을 수 없습니다. 아마도 apt update를 실행해야 하거나 --fix-missing 옵션을 줘서 실행해야 할 것입니다.'),
    # git (git/git po/<lang>.po): http.c "unable to access '%s': %s", pkt-line/connect "the remote end hung up
    # unexpectedly", index-pack "early EOF", usage.c's "fatal: " prefix
    ("git", "de", "unable to access '%s': %s", "konnte nicht auf '%s' zugreifen: %s"),
    ("git", "de", 'the remote end hung up unexpectedly', 'Die Gegenseite hat unerwartet abgebrochen.'),
    ("git", "de", 'early EOF', 'zu frühes Dateiende'),
    ("git", "de", 'fatal: ', 'Schwerwiegend: '),
    ("git", "fr", "unable to access '%s': %s", "impossible d'accéder à '%s'\xa0: %s"),
    ("git", "fr", 'the remote end hung up unexpectedly', "l'hôte distant a fermé la connexion de manière inattendue"),
    ("git", "fr", 'early EOF', 'fin de fichier prématurée'),
    ("git", "es", "unable to access '%s': %s", "no es posible acceder a '%s': %s"),
    ("git", "es", 'the remote end hung up unexpectedly', 'el remoto se colgó de manera inesperada'),
    ("git", "es", 'early EOF', 'EOF temprano'),
    ("git", "it", "unable to access '%s': %s", "impossibile accedere a '%s': %s"),
    ("git", "it", 'the remote end hung up unexpectedly', "l'interlocutore remoto ha chiuso inaspettatamente la connessione"),
    ("git", "it", 'early EOF', 'EOF prematuro'),
    ("git", "ru", "unable to access '%s': %s", '«%s» недоступно: %s'),
    ("git", "ru", 'early EOF', 'неожиданный конец файла'),
    ("git", "pl", "unable to access '%s': %s", 'brak dostępu do „%s”: %s'),
    ("git", "pl", 'the remote end hung up unexpectedly', 'zdalna maszyna nieoczekiwanie się rozłączyła'),
    ("git", "pl", 'early EOF', 'przedwczesny koniec pliku'),
    ("git", "zh_CN", "unable to access '%s': %s", "无法访问 '%s'：%s"),
    ("git", "zh_CN", 'the remote end hung up unexpectedly', '远端意外挂断了'),
    ("git", "zh_CN", 'early EOF', '过早的文件结束符（EOF）'),
    ("git", "zh_CN", 'fatal: ', '致命错误：'),
    ("git", "ko", 'early EOF', '너무 빨리 파일이 끝남'),
    # Windows (observed: Windows' FormatMessage text as Python's "[WinError 100xx]" and .NET's SocketException print
    # it, in public logs and code; 10060 and 10061 also on Microsoft's German .NET docs pages). WSAECONNRESET,
    # WSAECONNREFUSED, WSAETIMEDOUT (its first clause: the line often wraps after it), ERROR_DISK_FULL
    ("windows", "de", "An existing connection was forcibly closed by the remote host",
     "Eine vorhandene Verbindung wurde vom Remotehost geschlossen"),
    ("windows", "de", "An existing connection was forcibly closed by the remote host",
     "Eine vorhandene Verbindung wurde erzwungenermaßen vom Remotehost geschlossen"),
    ("windows", "de", "No connection could be made because the target machine actively refused it",
     "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte"),
    ("windows", "de", "A connection attempt failed because the connected party did not properly respond after a period of time",
     "Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat"),
    ("windows", "de", "There is not enough space on the disk",
     "Auf dem Datenträger ist nicht genügend Speicherplatz vorhanden"),
    ("windows", "fr", "An existing connection was forcibly closed by the remote host",
     "Une connexion existante a dû être fermée par l'hôte distant"),
    ("windows", "fr", "No connection could be made because the target machine actively refused it",
     "Aucune connexion n'a pu être établie car l'ordinateur cible l'a expressément refusée"),
)

# Rows read at a line's start only: a prefix of the tool's own lines (git's "fatal: "). (review25_b) Read as written, not
# case-folded: java.util.logging prints its SEVERE level in German as "SCHWERWIEGEND:" (observed in public Tomcat and
# application logs), a Java program's error of any kind, not git's "fatal: "; git/git po/de.po has "Schwerwiegend: "
_AT_LINE_START = frozenset({"fatal: "})

_PLACEHOLDER = re.compile(r"%(?:s|lu)")
# (review25_b) Letters of the scripts written without blanks between words (Han, kana, Hangul): a row ending in one is
# not read where another follows ("连接超时时间", a connection timeout's setting, is no "连接超时")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# (review25_b) A value that is itself a format's placeholder ("Verbindung mit %s:%s nicht möglich" as a .po check prints
# its msgstr): the format, not a message
_NOT_A_PLACEHOLDER = "(?!%)"
# (review25_b) Combining marks: a line in NFD ("refuse\u0301e") is read in NFC, the form the .po files hold
_COMBINING = re.compile("[\u0300-\u036f]")
_BLANKS = re.compile(r"[ \u00a0\u202f]+")
# (leftovers26) Mojibake: a UTF-8 message shown as Latin-1 or cp1252 (a Windows console or a CI's log viewer decoding the
# bytes one to a character: "TemporÃ¤rer Fehler", "Ã©chec", "Ð\u2019Ñ€ÐµÐ¼Ñ"). Its telltale is a UTF-8 lead byte's
# character (U+00C2..U+00F4) right before a continuation byte's (0x80..0xBF: as Latin-1 itself, or as cp1252 prints
# 0x80..0x9F: "\u20ac", "\u2019", "\u0153"...). Such a line is repaired only where every one of its characters is a
# byte of those encodings and the bytes decode as UTF-8 (strict: the round trip holds); and it counts only where a row
# of the table then reads it (the line is otherwise left as the log has it). Evidence: the byte values are the
# encodings' own (Python's codecs); that logs show such lines is observed (this round's test case comes from the shape
# of a German Windows agent's Python error), not counted.
_CP1252_BACK = {ord(ch): b for b in range(0x80, 0xA0)
                for ch in bytes([b]).decode("cp1252", errors="ignore")}
_CONTINUATION = "\u0080-\u00bf" + "".join(chr(c) for c in sorted(_CP1252_BACK))
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")
_QUOTES = "'\u2019\"«»“”„:：()（）.,。，"


def _literal(part: str) -> str:
    """A localized format's literal text as a pattern: a run of blanks matches any run of blanks, no-break spaces
    included (a log copied from a page has plain ones), and an apostrophe matches its typographic form."""
    out = []
    for i, piece in enumerate(_BLANKS.split(part)):
        if i:
            out.append(r"[ \u00a0\u202f]{1,4}")
        out.append(re.escape(piece).replace("'", "['\u2019]"))
    return "".join(out)


def _value(after: str) -> str:
    """A format's value before the literal ``after``: a word up to the literal's first character (a host before ":",
    an address before ")"), taken whole (possessive: one way to read it, so a line of many such words is read in
    linear time)."""
    first = after[:1]
    if not first or _BLANKS.match(first):
        return r"(\S{1,300}+)"
    stop = re.escape(first) + ("\u2019" if first == "'" else "")
    return rf"([^\s{stop}]{{1,300}}+)"


def _repaired(line: str) -> str:
    """(leftovers26) ``line`` with its mojibake undone (UTF-8 shown as Latin-1 or cp1252), or ``line`` itself where it is
    none: a character outside those encodings, or bytes that are no UTF-8 (a genuine "Ã" before a "©"), leave it be."""
    try:
        return line.translate(_CP1252_BACK).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return line


def _unmojibaked(text: str) -> str:
    """(leftovers26) ``text`` with each line that holds mojibake's telltale pair repaired (_repaired), the same lines."""
    lines = text.split("\n")
    fixed = False
    for i, line in enumerate(lines):
        if not line.isascii() and _MOJIBAKE.search(line):
            new = _repaired(line)
            if new != line:
                lines[i] = new
                fixed = True
    return "\n".join(lines) if fixed else text


class _Row:
    __slots__ = ("key", "regex", "english")

    def __init__(self, english: str, localized: str) -> None:
        parts = _PLACEHOLDER.split(localized)
        values = _PLACEHOLDER.findall(localized)
        english_parts = _PLACEHOLDER.split(english)
        if len(english_parts) != len(parts):
            raise ValueError(f"{english!r} and {localized!r} hold different numbers of values")
        # (a format's last value is the rest of the line: left as it is, on both sides)
        if values and not parts[-1]:
            parts, values, english_parts = parts[:-1], values[:-1], english_parts[:-1]
        # (a line-start row keeps the line's indentation: its blanks are group 1 and written back)
        lead = 1 if english in _AT_LINE_START else 0
        pattern = ["^([ \\t]*)" if lead else ""]
        # (review25_b) a message starting or ending in a letter is a whole word there: "Verbindung fehlgeschlagene
        # Versuche" holds no "Verbindung fehlgeschlagen"; a Han or kana start may follow a qualifier ("数据库连接超时")
        first, last = parts[0][:1], parts[-1][-1:]
        if first.isalpha() and not re.match(f"[{_CJK}]", first):
            pattern.append(r"(?<!\w)")
        for i, part in enumerate(parts):
            pattern.append(_literal(part))
            if i < len(values):
                if i == 0 and not part:
                    pattern.append(r"(?<!\S)")  # (a leading value starts a word: one start per word, not per character)
                pattern.append(_NOT_A_PLACEHOLDER)
                pattern.append(r"(\d{1,12}+)" if values[i] == "%lu" else _value(parts[i + 1]))
        if last.isalnum():
            pattern.append(r"(?!\w)")
        flags = 0 if english in _AT_LINE_START else re.IGNORECASE
        self.regex = re.compile("".join(pattern), flags)
        template = [("\\g<1>" if lead else "") + english_parts[0].replace("\\", "\\\\")]
        for i, part in enumerate(english_parts[1:], start=1):
            template.append(f"\\g<{i + lead}>" + part.replace("\\", "\\\\"))
        self.english = "".join(template)
        # (the longest word of its literal text, lower-cased and without quotes; one with a non-ASCII letter where it
        # has one of 6 bytes or more in UTF-8 (not "für"; a Korean word of two syllables): the row is read only on a line holding it, and its word is looked for in the
        # whole text only where it is all ASCII)
        words = [w.strip(_QUOTES) for p in parts for w in _BLANKS.split(p)]
        self.key = max(words, key=lambda w: (not w.isascii() and len(w.encode()) >= 6, len(w))).lower()

    def apply(self, line: str) -> str:
        return self.regex.sub(self.english, line)


def _rows(rows: Iterable[tuple[str, str, str, str]]) -> tuple[_Row, ...]:
    # (longest first: apt's "..., connection timed out" before its "Connection timed out")
    return tuple(sorted((_Row(english, localized) for _, _, english, localized in rows),
                        key=lambda r: -len(r.regex.pattern)))


_TABLE = _rows(_ROWS)


def _keyed(rows: Iterable[tuple[int, _Row]]) -> dict[str, tuple[int, ...]]:
    keyed: dict[str, list[int]] = {}
    for i, row in rows:
        keyed.setdefault(row.key, []).append(i)
    return {key: tuple(found) for key, found in keyed.items()}


# The rows by their word: those whose localized text is all ASCII (their word is looked for in the whole text), and
# the others (their word holds a non-ASCII letter: looked for on the lines that hold one, and only where the text
# holds every non-ASCII letter of the word)
_ASCII_KEYED = _keyed((i, r) for i, r in enumerate(_TABLE) if r.key.isascii())
_OTHER_KEYED = _keyed((i, r) for i, r in enumerate(_TABLE) if not r.key.isascii())
_LETTERS = {key: frozenset(ch for ch in key if not ch.isascii()) for key in _OTHER_KEYED}


def to_english(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with the localized messages of the table in English, and {translated line: the log's own line} for
    each line it changed (the evidence shows the log's own words). Only lines change, never their number.

    The table is read only on the lines that hold one of its rows' words, each line with the rows its words let in:
    the all-ASCII rows' words are looked for in the whole text (str.find), the others on the lines holding a
    non-ASCII letter, and only where the text holds their letters."""
    own = text
    if not text.isascii() and _MOJIBAKE.search(text):
        text = _unmojibaked(text)  # (leftovers26: a repaired line counts only where a row reads it, below)
    if not text.isascii() and _COMBINING.search(text):
        text = unicodedata.normalize("NFC", text)  # (review25_b: NFC keeps every newline, so the lines stay the same)
    lowered = text.lower()  # (Unicode's: no newline comes or goes, so a line's number is the same in both)
    low_lines = lowered.split("\n")
    rows_at: dict[int, set[int]] = {}
    starts: list[int] = []
    for key, found in _ASCII_KEYED.items():
        pos = lowered.find(key)
        while pos >= 0:
            if not starts:
                starts = [0]
                for line in low_lines:
                    starts.append(starts[-1] + len(line) + 1)
            idx = bisect_right(starts, pos) - 1
            rows_at.setdefault(idx, set()).update(found)
            pos = lowered.find(key, starts[idx + 1])
    if not lowered.isascii():
        other = [i for i, line in enumerate(low_lines) if not line.isascii()]
        present = set("".join(low_lines[i] for i in other))
        keys = [(key, found) for key, found in _OTHER_KEYED.items() if _LETTERS[key] <= present]
        if keys:
            for i in other:
                low = low_lines[i]
                for key, found in keys:
                    if key in low:
                        rows_at.setdefault(i, set()).update(found)
    if not rows_at:
        return own, {}
    lines = text.split("\n")
    out = own.split("\n") if own is not text else lines
    changed: dict[str, str] = {}
    for idx, order in rows_at.items():
        line = new = lines[idx]
        if "msgstr" in low_lines[idx]:
            continue  # (review25_b) a gettext catalogue's own entry, as a localisation check prints it: no tool said it
        for i in sorted(order):
            new = _TABLE[i].apply(new)
        if new != line:
            changed.setdefault(new, out[idx])
            out[idx] = new
    if not changed:
        return own, {}
    return "\n".join(out), changed
