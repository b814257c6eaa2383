"""Twenty-fifth round, locale25: failures written in the runner's language.

Covered: the localized forms of the OS and tool messages the catalogue reads in English, as a runner with a
non-English locale prints them: glibc's strerror (ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENETUNREACH, EHOSTUNREACH,
ENOSPC, ENOMEM, EPIPE) and gai_strerror (EAI_AGAIN, EAI_NONAME, EAI_NODATA) in de, fr, es, pt_BR, it, ru, pl, zh_CN,
ja, ko; apt's "Temporary failure resolving", "Failed to fetch", "Could not connect to ..., connection timed out" in the
same ten; git's "unable to access", "the remote end hung up unexpectedly", "early EOF" and its "fatal: " where git/git
has the language (no pt_BR, ja; ko lacks the messages); Windows' WSAECONNRESET, WSAECONNREFUSED, WSAETIMEDOUT and
ERROR_DISK_FULL in de and fr (de only for the last two). Each localized log is read by
triage_agent/classify/localized.py as its English twin, which is the same log with the English message.

Each case is a short log written for this test around one message. The localized wording was read from the projects'
own catalogues: bminor/glibc po/<lang>.po, Debian/apt po/<lang>.po, git/git po/<lang>.po (the msgstr of the English
msgid, not fuzzy). Windows' wording has no public source file: it is the text as Windows printed it in public logs and
code (Python's "[WinError 10054] ...", .NET's SocketException) and on Microsoft's German .NET docs pages (observed,
not read from a message table). curl's and Python's own words stay English (curl has no translations; its strerror
part is glibc's, an assumption about the tool's locale handling; Python prints glibc's strerror and gai_strerror as
the C library returns them).

The rules the cases hold: a localized log reads as its English twin reads (transient where the English is transient:
an outage's refused, reset, timed-out, unreachable or unresolved connection, a full disk, memory; real where the
English reads real: the job's own loopback Redis refused with nothing started, a compose service name that does not
resolve, an unresolved address raised as an uncaught exception); an English log is not changed by the translation;
the evidence is the log's own line, in its own language.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

from triage_agent.classify.localized import _ROWS, _TABLE, to_english

LANGS = ("de", "fr", "es", "pt_BR", "it", "ru", "pl", "zh_CN", "ja", "ko")

# glibc po/<lang>.po: strerror's and gai_strerror's msgstr (ja keeps "Broken pipe" in English: not listed)
GLIBC = {
    'refused': {
        'de': 'Verbindungsaufbau abgelehnt',
        'fr': 'Connexion refusée',
        'es': 'Conexión rehusada',
        'pt_BR': 'Conexão recusada',
        'it': 'Connessione rifiutata',
        'ru': 'В соединении отказано',
        'pl': 'Połączenie odrzucone',
        'zh_CN': '连接被拒绝',
        'ja': '接続を拒否されました',
        'ko': '연결이 거부됨',
    },
    'reset': {
        'de': 'Die Verbindung wurde vom Kommunikationspartner zurückgesetzt',
        'fr': 'Connexion ré-initialisée par le correspondant',
        'es': 'Conexión reinicializada por la máquina remota',
        'pt_BR': 'Conexão fechada pela outra ponta',
        'it': 'Connessione interrotta dal corrispondente',
        'ru': 'Соединение разорвано другой стороной',
        'pl': 'Połączenie zerwane przez drugą stronę',
        'zh_CN': '连接被对方重置',
        'ja': '接続が相手からリセットされました',
        'ko': '상대편이 연결을 끊음',
    },
    'timedout': {
        'de': 'Die Wartezeit für die Verbindung ist abgelaufen',
        'fr': "Connexion terminée par expiration du délai d'attente",
        'es': 'Expiró el tiempo de conexión',
        'pt_BR': 'Tempo esgotado para conexão',
        'it': 'Connessione scaduta',
        'ru': 'Время ожидания соединения истекло',
        'pl': 'Przekroczony czas oczekiwania na połączenie',
        'zh_CN': '连接超时',
        'ja': '接続がタイムアウトしました',
        'ko': '연결 시간 초과',
    },
    'netunreach': {
        'de': 'Das Netzwerk ist nicht erreichbar',
        'fr': "Le réseau n'est pas accessible",
        'es': 'La red es inaccesible',
        'pt_BR': 'A rede está fora de alcance',
        'it': 'La rete non è raggiungibile',
        'ru': 'Сеть недоступна',
        'pl': 'Sieć jest niedostępna',
        'zh_CN': '网络不可达',
        'ja': 'ネットワークに届きません',
        'ko': '네트워크가 접근 불가능합니다',
    },
    'hostunreach': {
        'de': 'Keine Route zum Zielrechner',
        'fr': "Aucun chemin d'accès pour atteindre l'hôte cible",
        'es': "No existe ninguna ruta hasta el `host'",
        'pt_BR': 'Não há rota para o host',
        'it': "Nessun instradamento per l'host",
        'ru': 'Нет маршрута до узла',
        'pl': 'Brak trasy do hosta',
        'zh_CN': '没有到主机的路由',
        'ja': 'ホストへの経路がありません',
        'ko': '호스트로 갈 루트가 없음',
    },
    'nospace': {
        'de': 'Auf dem Gerät ist kein Speicherplatz mehr verfügbar',
        'fr': 'Aucun espace disponible sur le périphérique',
        'es': 'No queda espacio en el dispositivo',
        'pt_BR': 'Não há espaço disponível no dispositivo',
        'it': 'Spazio esaurito sul device',
        'ru': 'На устройстве не осталось свободного места',
        'pl': 'Brak miejsca na urządzeniu',
        'zh_CN': '设备上没有空间',
        'ja': 'デバイスに空き領域がありません',
        'ko': '장치에 남은 공간이 없음',
    },
    'nomem': {
        'de': 'Nicht genügend Hauptspeicher verfügbar',
        'fr': 'Ne peut allouer de la mémoire',
        'es': 'No se pudo asignar memoria',
        'pt_BR': 'Não foi possível alocar memória',
        'it': 'Impossibile allocare memoria',
        'ru': 'Невозможно выделить память',
        'pl': 'Nie można przydzielić pamięci',
        'zh_CN': '无法分配内存',
        'ja': 'メモリを確保できません',
        'ko': '메모리를 할당할 수 없습니다',
    },
    'pipe': {
        'de': 'Datenübergabe unterbrochen (broken pipe)',
        'fr': 'Relais brisé (pipe)',
        'es': 'Tubería rota',
        'pt_BR': 'Pipe quebrado',
        'it': 'Pipe interrotta',
        'ru': 'Обрыв канала',
        'pl': 'Przerwany potok',
        'zh_CN': '断开的管道',
        'ko': '파이프가 깨어짐',
    },
    'eai_again': {
        'de': 'Temporärer Fehler bei der Namensauflösung',
        'fr': 'Échec temporaire dans la résolution du nom',
        'es': 'Fallo temporal en la resolución del nombre',
        'pt_BR': 'Falha temporário na resolução de nome',
        'it': 'Errore temporaneo nella risoluzione del nome',
        'ru': 'Временный сбой в разрешении имен',
        'pl': 'Odwzorowanie nazwy jest chwilowo niemożliwe',
        'zh_CN': '域名解析出现暂时性错误',
        'ja': '名前解決に一時的に失敗しました',
        'ko': 'name resolution에서 일시적인 실패',
    },
    'noname': {
        'de': 'Der Name oder der Dienst ist nicht bekannt',
        'fr': 'Nom ou service inconnu',
        'es': 'Nombre o servicio desconocido',
        'pt_BR': 'Nome ou serviço desconhecido',
        'it': 'Nome o servizio sconosciuto',
        'ru': 'Неизвестное имя или служба',
        'pl': 'Ta nazwa lub usługa jest nieznana',
        'zh_CN': '名称或服务未知',
        'ja': '名前またはサービスが不明です',
        'ko': '이름 혹은 서비스를 알 수 없습니다',
    },
    'nodata': {
        'de': 'Zu diesem Hostnamen gehört keine Adresse',
        'fr': "Aucune adresse associée avec le nom de l'hôte",
        'es': 'No existe ninguna dirección asociada al nombre',
        'pt_BR': 'Não há endereço associado com o nome',
        'it': 'Nessun indirizzo associato al nome host',
        'ru': 'С именем узла не связано ни одного адреса',
        'pl': 'Brak adresu związanego z nazwą hosta',
        'zh_CN': '没有与主机名关联的地址',
        'ja': 'ホスト名にアドレスが割り当てられていません',
        'ko': '호스트이름과 대응되는 주소가 없음',
    },
}


# (the English message of each glibc family)
GLIBC_EN = {
    "refused": "Connection refused", "reset": "Connection reset by peer", "timedout": "Connection timed out",
    "netunreach": "Network is unreachable", "hostunreach": "No route to host", "nospace": "No space left on device",
    "nomem": "Cannot allocate memory", "pipe": "Broken pipe", "eai_again": "Temporary failure in name resolution",
    "noname": "Name or service not known", "nodata": "No address associated with hostname",
}

_PY_FETCH = ("Traceback (most recent call last):\n  File \"/builds/app/scripts/fetch.py\", line 9, in <module>\n"
             "    urllib.request.urlopen(URL)\n")
_GITLAB_START = ("Running with gitlab-runner 16.11.0 (91a27b2a)\n  on docker-runner-3 xYz12, system ID: s_0123\n"
                 "Preparing the \"docker\" executor\n")

# (family, message family in GLIBC, verdict of the English twin, log around "{m}")
GLIBC_LOGS = [
    ("py-refused", "refused", "transient",
     "Traceback (most recent call last):\n  File \"/builds/app/scripts/upload.py\", line 12, in <module>\n"
     "    conn.request(\"PUT\", path, body)\nConnectionRefusedError: [Errno 111] {m}\nERROR: Job failed: exit code 1\n"),
    ("pip-reset", "reset", "transient",
     "Collecting numpy==1.26.4\n  Downloading numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl (18.3 MB)\n"
     "ERROR: Exception:\nurllib3.exceptions.ProtocolError: (\"Connection broken: ConnectionResetError(104, '{m}')\", "
     "ConnectionResetError(104, '{m}'))\n##[error]Process completed with exit code 2.\n"),
    ("py-timedout", "timedout", "transient",
     "Traceback (most recent call last):\n  File \"/builds/app/scripts/upload.py\", line 12, in <module>\n"
     "    sock.connect((HOST, 443))\nTimeoutError: [Errno 110] {m}\nERROR: Job failed: exit code 1\n"),
    ("py-netunreach", "netunreach", "transient",
     _PY_FETCH + "urllib.error.URLError: <urlopen error [Errno 101] {m}>\nERROR: Job failed: exit code 1\n"),
    ("py-hostunreach", "hostunreach", "transient",
     _PY_FETCH + "urllib.error.URLError: <urlopen error [Errno 113] {m}>\nERROR: Job failed: exit code 1\n"),
    ("pip-nospace", "nospace", "transient",
     "Step 7/9 : RUN pip install -r requirements.txt\nERROR: Could not install packages due to an OSError: [Errno 28] {m}\n\n"
     "The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 1\n"),
    ("make-nomem", "nomem", "transient",
     "+ make -j8\ng++ -O2 -c src/solver.cpp -o build/solver.o\nmake: *** [Makefile:41: build/solver.o] Error 1\n"
     "OSError: [Errno 12] {m}\n##[error]Process completed with exit code 2.\n"),
    ("rsync-pipe", "pipe", "transient",
     "+ ./scripts/sync-artifacts.sh\nrsync: [sender] write error: {m} (32)\n"
     "rsync error: error in rsync protocol data stream (code 12) at io.c(820) [sender=3.2.7]\n"
     "##[error]Process completed with exit code 12.\n"),
    ("py-eai-again", "eai_again", "transient",
     _PY_FETCH + "urllib.error.URLError: <urlopen error [Errno -3] {m}>\nERROR: Job failed: exit code 1\n"),
    ("py-noname-remote", "noname", "transient",
     "Traceback (most recent call last):\n  File \"/builds/app/scripts/fetch.py\", line 9, in <module>\n"
     "    urllib.request.urlopen(\"https://registry.example.org/index.json\")\nsocket.gaierror: [Errno -2] {m}\n"
     "ERROR: Job failed: exit code 1\n"),
    # (real twins: a compose service's name that does not resolve, the dotless host the catalogue reads as the job's
    # configuration; the job's own loopback Redis refused with nothing started in a log that covers the job's setup;
    # an address-less name raised as an uncaught exception, which the English reads real too)
    ("redis-service-noname", "noname", "real",
     "============================= test session starts ==============================\ntests/test_cache.py F\n"
     "=================================== FAILURES ===================================\n"
     "E   redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. {m}.\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_cache.py::test_roundtrip - redis.exceptions.ConnectionError: Error -2 connecting to redis:6379. {m}.\n"),
    ("redis-loopback-refused", "refused", "real",
     _GITLAB_START + "$ pytest -q tests/\nF\n=================================== FAILURES ===================================\n"
     "E   redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. {m}.\n"
     "FAILED tests/test_cache.py::test_roundtrip - redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. {m}.\n"
     "1 failed in 0.41s\nERROR: Job failed: exit code 1\n"),
    ("py-nodata", "nodata", "real",
     _PY_FETCH + "urllib.error.URLError: <urlopen error [Errno -5] {m}>\nERROR: Job failed: exit code 1\n"),
]

# apt (Debian/apt po/<lang>.po): "Err:%lu %s", "Temporary failure resolving '%s'", "Failed to fetch %s  %s", "Some index
# files failed to download. ...", "Could not connect to %s:%s (%s), connection timed out" (ko's "Some index files" is
# fuzzy there: English), "Unable to fetch some archives, ..." (es fuzzy: English)
APT_RESOLVE = {
    'de': {'e1': 'Fehl:1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  Temporärer Fehlschlag beim Auflösen von »deb.debian.org«', 'w': 'Fehlschlag beim Holen von http://deb.debian.org/debian/dists/bookworm/InRelease Temporärer Fehlschlag beim Auflösen von »deb.debian.org«', 'idx': 'Einige Indexdateien konnten nicht heruntergeladen werden. Sie wurden ignoriert oder alte an ihrer Stelle benutzt.'},
    'fr': {'e1': 'Err\xa0: 1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  Erreur temporaire de résolution de «\xa0deb.debian.org\xa0»', 'w': 'Impossible de récupérer http://deb.debian.org/debian/dists/bookworm/InRelease  Erreur temporaire de résolution de «\xa0deb.debian.org\xa0»', 'idx': "Le téléchargement de certains fichiers d'index a échoué, ils ont été ignorés, ou les anciens ont été utilisés à la place."},
    'es': {'e1': 'Err:1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  Fallo temporal al resolver «deb.debian.org»', 'w': 'Fallo al obtener http://deb.debian.org/debian/dists/bookworm/InRelease  Fallo temporal al resolver «deb.debian.org»', 'idx': 'No se ha podido descargar algunos archivos de índice, se han omitido, o se han utilizado unos antiguos en su lugar.'},
    'pt_BR': {'e1': 'Erro:1 http://deb.debian.org/debian bookworm InRelease', 'e2': "  Falha temporária resolvendo 'deb.debian.org'", 'w': "Falhou ao obter http://deb.debian.org/debian/dists/bookworm/InRelease  Falha temporária resolvendo 'deb.debian.org'", 'idx': 'Falha no download de alguns arquivos de índice. Eles foram ignorados, ou os antigos usados em seu lugar.'},
    'it': {'e1': 'Errore:1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  Risoluzione di "deb.debian.org" temporaneamente non riuscita', 'w': 'Impossibile recuperare http://deb.debian.org/debian/dists/bookworm/InRelease  Risoluzione di "deb.debian.org" temporaneamente non riuscita', 'idx': 'Impossibile scaricare alcuni file di indice: saranno ignorati o verranno usati quelli vecchi.'},
    'ru': {'e1': 'Ошб:1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  Временная ошибка при разрешении «deb.debian.org»', 'w': 'Не удалось получить http://deb.debian.org/debian/dists/bookworm/InRelease  Временная ошибка при разрешении «deb.debian.org»', 'idx': 'Некоторые индексные файлы скачать не удалось. Они были проигнорированы, или вместо них были использованы старые версии.'},
    'pl': {'e1': 'Błąd:1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  Tymczasowy błąd przy tłumaczeniu "deb.debian.org"', 'w': 'Nie udało się pobrać http://deb.debian.org/debian/dists/bookworm/InRelease  Tymczasowy błąd przy tłumaczeniu "deb.debian.org"', 'idx': 'Nie udało się pobrać niektórych plików indeksu, zostały one zignorowane lub użyto ich starszej wersji.'},
    'zh_CN': {'e1': '错误:1 http://deb.debian.org/debian bookworm InRelease', 'e2': '  暂时不能解析域名“deb.debian.org”', 'w': '无法下载 http://deb.debian.org/debian/dists/bookworm/InRelease  暂时不能解析域名“deb.debian.org”', 'idx': '部分索引文件下载失败。如果忽略它们，那将转而使用旧的索引文件。'},
    'ja': {'e1': 'エラー:1 http://deb.debian.org/debian bookworm InRelease', 'e2': "  'deb.debian.org' が一時的に解決できません", 'w': "http://deb.debian.org/debian/dists/bookworm/InRelease の取得に失敗しました  'deb.debian.org' が一時的に解決できません", 'idx': 'いくつかのインデックスファイルのダウンロードに失敗しました。これらは無視されるか、古いものが代わりに使われます。'},
    'ko': {'e1': '오류:1 http://deb.debian.org/debian bookworm InRelease', 'e2': "  'deb.debian.org'의 주소를 알아내는데 임시로 실패했습니다", 'w': "http://deb.debian.org/debian/dists/bookworm/InRelease 파일을 받는데 실패했습니다  'deb.debian.org'의 주소를 알아내는데 임시로 실패했습니다", 'idx': 'Some index files failed to download. They have been ignored, or old ones used instead.'},
}

APT_CONNECT = {
    'de': {'e1': 'Fehl:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  Verbindung mit deb.debian.org:80 konnte nicht aufgebaut werden (151.101.2.132), Zeitüberschreitung aufgetreten', 'e': 'Fehlschlag beim Holen von http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb Verbindung mit deb.debian.org:80 konnte nicht aufgebaut werden (151.101.2.132), Zeitüberschreitung aufgetreten', 'u': 'Einige Archive konnten nicht heruntergeladen werden; vielleicht »apt update« ausführen oder mit »--fix-missing« probieren?'},
    'fr': {'e1': 'Err\xa0: 2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  Connexion à deb.debian.org:\xa080 (151.101.2.132) impossible, délai de connexion dépassé', 'e': 'Impossible de récupérer http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  Connexion à deb.debian.org:\xa080 (151.101.2.132) impossible, délai de connexion dépassé', 'u': 'Impossible de récupérer certaines archives, peut-être devrez-vous lancer apt-get update ou essayer avec --fix-missing\xa0?'},
    'es': {'e1': 'Err:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  No se pudo conectar a deb.debian.org:80 (151.101.2.132), caducó el tiempo para conexión', 'e': 'Fallo al obtener http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  No se pudo conectar a deb.debian.org:80 (151.101.2.132), caducó el tiempo para conexión', 'u': 'Unable to fetch some archives, maybe run apt update or try with --fix-missing?'},
    'pt_BR': {'e1': 'Erro:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  Não foi possível conectar em deb.debian.org:80 (151.101.2.132), conexão expirou', 'e': 'Falhou ao obter http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  Não foi possível conectar em deb.debian.org:80 (151.101.2.132), conexão expirou', 'u': 'Não é possível obter alguns arquivos, talvez executar apt update ou tentar com --fix-missing?'},
    'it': {'e1': 'Errore:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  Impossibile connettersi a deb.debian.org:80 (151.101.2.132), tempo esaurito per la connessione', 'e': 'Impossibile recuperare http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  Impossibile connettersi a deb.debian.org:80 (151.101.2.132), tempo esaurito per la connessione', 'u': 'Impossibile scaricare alcuni pacchetti. Potrebbe essere utile eseguire "apt-get update" o provare l\'opzione "--fix-missing".'},
    'ru': {'e1': 'Ошб:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  Не удалось соединиться с deb.debian.org:80 (151.101.2.132): время ожидания для соединения истекло', 'e': 'Не удалось получить http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  Не удалось соединиться с deb.debian.org:80 (151.101.2.132): время ожидания для соединения истекло', 'u': 'Не удалось получить некоторые архивы; возможно, нужно запустить apt update или попытаться повторить запуск с ключом --fix-missing?'},
    'pl': {'e1': 'Błąd:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  Nie udało się połączyć z deb.debian.org:80 (151.101.2.132), przekroczenie czasu połączenia', 'e': 'Nie udało się pobrać http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  Nie udało się połączyć z deb.debian.org:80 (151.101.2.132), przekroczenie czasu połączenia', 'u': 'Nie udało się pobrać niektórych archiwów, proszę spróbować uruchomić apt update lub użyć opcji --fix-missing.'},
    'zh_CN': {'e1': '错误:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  无法连接上 deb.debian.org:80 (151.101.2.132)，连接超时', 'e': '无法下载 http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  无法连接上 deb.debian.org:80 (151.101.2.132)，连接超时', 'u': '有几个软件包无法下载，要不运行 apt update 或者加上 --fix-missing 的选项再试试？'},
    'ja': {'e1': 'エラー:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  deb.debian.org:80 (151.101.2.132) へ接続できませんでした。接続がタイムアウトしました', 'e': 'http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb の取得に失敗しました  deb.debian.org:80 (151.101.2.132) へ接続できませんでした。接続がタイムアウトしました', 'u': 'いくつかのアーカイブを取得できません。apt update を実行するか --fix-missing オプションを付けて試してみてください。'},
    'ko': {'e1': '오류:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1', 'e2': '  deb.debian.org:80에 연결할 수 없습니다 (151.101.2.132). 연결 제한 시간이 초과했습니다', 'e': 'http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb 파일을 받는데 실패했습니다  deb.debian.org:80에 연결할 수 없습니다 (151.101.2.132). 연결 제한 시간이 초과했습니다', 'u': '아카이브를 받을 수 없습니다. 아마도 apt update를 실행해야 하거나 --fix-missing 옵션을 줘서 실행해야 할 것입니다.'},
}

# git (git/git po/<lang>.po): "Cloning into", "fatal: ", "unable to access '%s': %s" (curl's own words after it stay
# English); ru and pl keep "fatal: " in English, ru the "hung up" message
GIT_ACCESS = {
    'de': {'c': "Klone nach 'widgets'...", 'm': "Schwerwiegend: konnte nicht auf 'https://github.com/acme/widgets.git/' zugreifen: Could not resolve host: github.com"},
    'fr': {'c': "Clonage dans 'widgets'...", 'm': "fatal\xa0: impossible d'accéder à 'https://github.com/acme/widgets.git/'\xa0: Could not resolve host: github.com"},
    'es': {'c': "Clonando en 'widgets'...", 'm': "fatal: no es posible acceder a 'https://github.com/acme/widgets.git/': Could not resolve host: github.com"},
    'it': {'c': "Clone in 'widgets' in corso...", 'm': "fatal: impossibile accedere a 'https://github.com/acme/widgets.git/': Could not resolve host: github.com"},
    'ru': {'c': 'Клонирование в «widgets»...', 'm': 'fatal: «https://github.com/acme/widgets.git/» недоступно: Could not resolve host: github.com'},
    'pl': {'c': 'Klonowanie do „widgets”...', 'm': 'fatal: brak dostępu do „https://github.com/acme/widgets.git/”: Could not resolve host: github.com'},
    'zh_CN': {'c': "正克隆到 'widgets'...", 'm': "致命错误：无法访问 'https://github.com/acme/widgets.git/'：Could not resolve host: github.com"},
}

GIT_HANGUP = {
    'de': {'m1': 'Schwerwiegend: Die Gegenseite hat unerwartet abgebrochen.', 'm2': 'Schwerwiegend: zu frühes Dateiende'},
    'fr': {'m1': "fatal\xa0: l'hôte distant a fermé la connexion de manière inattendue", 'm2': 'fatal\xa0: fin de fichier prématurée'},
    'es': {'m1': 'fatal: el remoto se colgó de manera inesperada', 'm2': 'fatal: EOF temprano'},
    'it': {'m1': "fatal: l'interlocutore remoto ha chiuso inaspettatamente la connessione", 'm2': 'fatal: EOF prematuro'},
    'pl': {'m1': 'fatal: zdalna maszyna nieoczekiwanie się rozłączyła', 'm2': 'fatal: przedwczesny koniec pliku'},
    'zh_CN': {'m1': '致命错误：远端意外挂断了', 'm2': '致命错误：过早的文件结束符（EOF）'},
}

APT_RESOLVE_EN = {"e1": "Err:1 http://deb.debian.org/debian bookworm InRelease",
                  "e2": "  Temporary failure resolving 'deb.debian.org'",
                  "w": "Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving "
                       "'deb.debian.org'",
                  "idx": "Some index files failed to download. They have been ignored, or old ones used instead."}
APT_RESOLVE_LOG = "+ apt-get update\n{e1}\n{e2}\nW: {w}\nW: {idx}\n##[error]Process completed with exit code 100.\n"
APT_CONNECT_EN = {"e1": "Err:2 http://deb.debian.org/debian bookworm/main amd64 libpq5 amd64 15.6-0+deb12u1",
                  "e2": "  Could not connect to deb.debian.org:80 (151.101.2.132), connection timed out",
                  "e": "Failed to fetch http://deb.debian.org/debian/pool/main/p/postgresql-15/libpq5_15.6-0+deb12u1_amd64.deb  "
                       "Could not connect to deb.debian.org:80 (151.101.2.132), connection timed out",
                  "u": "Unable to fetch some archives, maybe run apt update or try with --fix-missing?"}
APT_CONNECT_LOG = ("+ apt-get install -y libpq5\n{e1}\n{e2}\nE: {e}\n"
                   "E: {u}\n"
                   "##[error]Process completed with exit code 100.\n")
GIT_ACCESS_EN = {"c": "Cloning into 'widgets'...",
                 "m": "fatal: unable to access 'https://github.com/acme/widgets.git/': Could not resolve host: github.com"}
GIT_ACCESS_LOG = "+ git clone https://github.com/acme/widgets.git\n{c}\n{m}\n##[error]Process completed with exit code 128.\n"
GIT_HANGUP_EN = {"m1": "fatal: the remote end hung up unexpectedly", "m2": "fatal: early EOF"}
GIT_HANGUP_LOG = ("+ git fetch --depth=50 origin main\nremote: Enumerating objects: 1532, done.\n"
                  "error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n{m1}\n{m2}\n"
                  "##[error]Process completed with exit code 128.\n")

# Windows (observed, see the module's docstring): Python's and MSBuild's lines around the localized system message
_WIN_PY = ("Traceback (most recent call last):\n  File \"C:\\\\agent\\\\_work\\\\1\\\\s\\\\scripts\\\\upload.py\", line 12, in <module>\n"
           "    conn.request(\"PUT\", path, body)\n")
WINDOWS = [
    # (id, English twin's message, localized message, log around "{m}")
    ("win-reset-de", "An existing connection was forcibly closed by the remote host",
     "Eine vorhandene Verbindung wurde vom Remotehost geschlossen",
     "Collecting numpy==1.26.4\nERROR: Exception:\nurllib3.exceptions.ProtocolError: ('Connection aborted.', "
     "ConnectionResetError(10054, '{m}', None, 10054, None))\n##[error]Process completed with exit code 2.\n"),
    ("win-reset-fr", "An existing connection was forcibly closed by the remote host",
     "Une connexion existante a dû être fermée par l'hôte distant",
     "Collecting numpy==1.26.4\nERROR: Exception:\nurllib3.exceptions.ProtocolError: ('Connection aborted.', "
     "ConnectionResetError(10054, \"{m}\", None, 10054, None))\n##[error]Process completed with exit code 2.\n"),
    ("win-refused-de", "No connection could be made because the target machine actively refused it",
     "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte",
     _WIN_PY + "ConnectionRefusedError: [WinError 10061] {m}\n##[error]Cmd.exe exited with code '1'.\n"),
    ("win-refused-fr", "No connection could be made because the target machine actively refused it",
     "Aucune connexion n'a pu être établie car l'ordinateur cible l'a expressément refusée",
     _WIN_PY + "ConnectionRefusedError: [WinError 10061] {m}\n##[error]Cmd.exe exited with code '1'.\n"),
    ("win-timeout-de", "A connection attempt failed because the connected party did not properly respond after a period of "
     "time, or established connection failed because connected host has failed to respond",
     "Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig "
     "reagiert hat, oder die hergestellte Verbindung war fehlerhaft, da der verbundene Host nicht reagiert hat",
     _WIN_PY + "TimeoutError: [WinError 10060] {m}\n##[error]Cmd.exe exited with code '1'.\n"),
    ("win-disk-de", "There is not enough space on the disk",
     "Auf dem Datenträger ist nicht genügend Speicherplatz vorhanden",
     "  Restoring packages for C:\\agent\\_work\\1\\s\\src\\App\\App.csproj...\n"
     "error MSB3491: Could not write lines to file \"obj\\Debug\\net8.0\\App.AssemblyInfoInputs.cache\". {m}.\n"
     "##[error]Process 'dotnet.exe' exited with code '1'.\n"),
]


def _pairs() -> list[tuple[str, str, str, str]]:
    """(id, verdict, English twin, localized log) of every case."""
    out = []
    for name, family, verdict, log in GLIBC_LOGS:
        for lang, message in GLIBC[family].items():
            out.append((f"{name}-{lang}", verdict, log.format(m=GLIBC_EN[family]), log.format(m=message)))
    for name, english, slots, log in (("apt-resolve", APT_RESOLVE_EN, APT_RESOLVE, APT_RESOLVE_LOG),
                                      ("apt-connect", APT_CONNECT_EN, APT_CONNECT, APT_CONNECT_LOG),
                                      ("git-access", GIT_ACCESS_EN, GIT_ACCESS, GIT_ACCESS_LOG),
                                      ("git-hangup", GIT_HANGUP_EN, GIT_HANGUP, GIT_HANGUP_LOG)):
        for lang, values in slots.items():
            out.append((f"{name}-{lang}", "transient", log.format(**english), log.format(**values)))
    for name, english, localized, log in WINDOWS:
        out.append((name, "transient", log.format(m=english), log.format(m=localized)))
    return out


PAIRS = _pairs()
CASES = [(case_id, verdict, log) for case_id, verdict, _, log in PAIRS]
ENGLISH = [(f"{case_id}-en", verdict, log) for case_id, verdict, log, _ in PAIRS]
# (the real twins: not surely transient in any language)
NOT_SURELY_TRANSIENT = [(case_id, log) for case_id, verdict, log in CASES if verdict == "real"]
# (no catalogue entry added: the words of the translation table's rows, for a long line of each; a format's values as
# one-letter words, the shape of a line of many host:port values)
LONG_LINE_WORDS: list[str] = list(dict.fromkeys(
    localized.replace("%s", "a").replace("%lu", "1") + " " for _, _, _, localized in _ROWS))

assert_unique_ids(CASES, ENGLISH)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_localized_log_reads_as_its_english_twin(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(ENGLISH))
def test_english_twin(verdict: str, log: str) -> None:
    reads(log, verdict)
    assert to_english(log) == (log, {})  # (an English log is not changed)


@pytest.mark.parametrize(("english", "localized"), [pytest.param(e, loc, id=c) for c, _, e, loc in PAIRS])
def test_same_findings_as_the_english_twin(english: str, localized: str) -> None:
    """The same entries read the localized log as its English twin, with the same weights."""
    theirs, ours = judge(english), judge(localized)
    assert ours.verdict == theirs.verdict
    assert ours.confidence == theirs.confidence
    assert [(f.signature, f.weight) for f in ours.findings] == [(f.signature, f.weight) for f in theirs.findings]


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_real_twins_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("english", "localized"), [pytest.param(e, loc, id=c) for c, _, e, loc in PAIRS])
def test_evidence_is_the_logs_own_line(english: str, localized: str) -> None:
    """What the user is shown comes from the log as written: no English line that the log does not hold."""
    verdict = judge(localized)
    own = {line.strip() for line in localized.split("\n")}
    for finding in verdict.findings:
        if finding.source == "log" and finding.line:
            # (a line longer than the evidence shows is cut, with "…" where it was)
            assert any(piece in line for line in own for piece in finding.line.split("…") if piece), finding.line


def test_english_line_between_localized_ones_unchanged() -> None:
    text = "Verbindungsaufbau abgelehnt\nConnection refused by the policy engine\n连接超时"
    english, shown = to_english(text)
    assert english == "Connection refused\nConnection refused by the policy engine\nConnection timed out"
    assert shown == {"Connection refused": "Verbindungsaufbau abgelehnt", "Connection timed out": "连接超时"}


@pytest.mark.parametrize("text", [
    # English words that a localized row's word could look like: left as they are
    "ERROR: service unavailable, temporal drift detected in the resolver dispositivo test fixture",
    "fatal: impossible to continue, no connessione",
    "Err:1 http://deb.debian.org/debian bookworm InRelease",
    "Erro:1 http://deb.debian.org/debian bookworm InRelease",
])
def test_ascii_text_without_a_localized_message_unchanged(text: str) -> None:
    assert to_english(text) == (text, {})


def test_every_row_compiles_with_a_word() -> None:
    assert len(_TABLE) > 150
    for row in _TABLE:
        assert row.key and row.key == row.key.lower()


# (50,000-character lines of the rows' words are timed in benchmarks/linear_time.py)


def test_a_line_start_row_keeps_the_lines_indentation() -> None:
    """git's "fatal: " read at a line's start keeps the blanks before it (every character but the message's stays)."""
    text = "$ ./sync.sh\n    Schwerwiegend: Zugriff verweigert\n\t致命错误：x\n"
    assert to_english(text) == ("$ ./sync.sh\n    fatal: Zugriff verweigert\n\tfatal: x\n", {
        "    fatal: Zugriff verweigert": "    Schwerwiegend: Zugriff verweigert", "\tfatal: x": "\t致命错误：x"})


def test_an_indented_unexplained_line_is_shown_as_the_log_has_it() -> None:
    """A structure finding quotes its line stripped: the evidence is still the log's own words, not the translation."""
    log = "$ ./deploy.sh\n    Schwerwiegend: Zugriff auf Konfiguration nicht möglich\nError: Process completed with exit code 1.\n"
    lines = [f.line for f in judge(log).findings if f.signature == "structure-unexplained-error"]
    assert lines == ["Schwerwiegend: Zugriff auf Konfiguration nicht möglich"]


@pytest.mark.parametrize("indent", ["  ", "\t"])
def test_an_indented_git_line_reads_as_its_english_twin(indent: str) -> None:
    tail = "unable to access 'https://github.com/a/b/': Could not resolve host: github.com\n"
    theirs = judge(f"$ git fetch\n{indent}fatal: {tail}Error: Process completed with exit code 128.\n")
    ours = judge(f"$ git fetch\n{indent}Schwerwiegend: {tail}Error: Process completed with exit code 128.\n")
    assert (ours.verdict, ours.confidence) == (theirs.verdict, theirs.confidence)
    assert [(f.signature, f.weight) for f in ours.findings] == [(f.signature, f.weight) for f in theirs.findings]
