/** Help texts of the netmodes command, per command, in English and Korean. */
import type { Lang } from '../config/messages.ts';

type Help = Record<Lang, string>;

export const HELP: Record<'main' | 'check' | 'run' | 'explain', Help> = {
  main: {
    en: `netmodes - Proxmox VE network modes, checked and simulated

Usage:
  netmodes check FILE...        check /etc/network/interfaces files, VM/CT configs and lab files
  netmodes run LAB.yaml         run a lab on the simulation kernel and check its goals
  netmodes explain CODE         explain a diagnostic code (cfg.unknown_option) or trace code (fdb.flood)

Options for every command:
  --lang ko|en                  language of the output (default: from LANG, ko if it starts with ko)
  -h, --help                    help for a command: netmodes check --help
  --version                     print the version

Exit status: 0 ok, 1 problems found (errors, failed goals, unknown code), 2 wrong usage.`,
    ko: `netmodes - Proxmox VE 네트워크 모드를 검사하고 시뮬레이션합니다

사용법:
  netmodes check 파일...        /etc/network/interfaces 파일, VM/CT 설정, 랩 파일을 검사합니다
  netmodes run 랩.yaml          시뮬레이션 커널에서 랩을 실행하고 목표를 확인합니다
  netmodes explain 코드         진단 코드(cfg.unknown_option)나 트레이스 코드(fdb.flood)를 설명합니다

모든 명령에 쓰는 옵션:
  --lang ko|en                  출력 언어(기본값: LANG 환경 변수, ko로 시작하면 한국어)
  -h, --help                    명령별 도움말: netmodes check --help
  --version                     버전을 출력합니다

종료 코드: 0 정상, 1 문제 발견(오류, 실패한 목표, 모르는 코드), 2 잘못된 사용법.`,
  },
  check: {
    en: `Usage: netmodes check [options] FILE...

Checks each file and prints diagnostics like a compiler (FILE:LINE:COL: error|warning|info: message).
A file is read as a lab if it ends in .yaml/.yml, as a VM/CT config if it has netN: lines, and as an
interfaces file otherwise. Guests are checked against the interfaces file given with them
(netmodes check interfaces 100.conf: is vmbr0 there?). Given several interfaces files (the nodes of
a cluster: netmodes check node1.interfaces node2.interfaces 100.conf), every guest is checked against
each of them, since it may start on or migrate to any node; a missing bridge names the file.
A file that another one sources (source /etc/network/interfaces.d/*, or Proxmox SDN's file, known by
its #version: line) is checked as part of it, as ifupdown reads it:
netmodes check /etc/network/interfaces /etc/network/interfaces.d/sdn 100.conf

Options:
  --json          print the diagnostics as JSON
  --no-color      no colours even on a terminal
  --quiet         errors and warnings only (no info)
  --lang ko|en    output language

Exit status: 1 if any file has an error, else 0.`,
    ko: `사용법: netmodes check [옵션] 파일...

파일마다 검사해서 컴파일러처럼 진단을 출력합니다(파일:줄:열: error|warning|info: 메시지).
.yaml/.yml로 끝나면 랩 파일로, netN: 줄이 있으면 VM/CT 설정으로, 그 밖에는 interfaces 파일로 읽습니다.
게스트 설정은 함께 준 interfaces 파일을 기준으로 검사합니다
(netmodes check interfaces 100.conf: vmbr0이 정말 있는가?). interfaces 파일을 여러 개 주면
(클러스터의 노드들: netmodes check node1.interfaces node2.interfaces 100.conf) 게스트마다 모든 파일에
대해 검사합니다. 게스트는 어느 노드에서든 시작하거나 마이그레이션할 수 있기 때문입니다. 브리지가 없으면 그 파일 이름을 알려 줍니다.
다른 파일이 source로 불러오는 파일(source /etc/network/interfaces.d/*, 또는 #version: 줄로 알아보는
Proxmox SDN 파일)은 ifupdown이 읽는 것처럼 그 파일의 일부로 함께 검사합니다:
netmodes check /etc/network/interfaces /etc/network/interfaces.d/sdn 100.conf

옵션:
  --json          진단을 JSON으로 출력합니다
  --no-color      터미널이어도 색을 쓰지 않습니다
  --quiet         오류와 경고만 출력합니다(정보 제외)
  --lang ko|en    출력 언어

종료 코드: 오류가 있는 파일이 하나라도 있으면 1, 아니면 0.`,
  },
  run: {
    en: `Usage: netmodes run [options] LAB.yaml

Builds the lab's Proxmox host from its interfaces file, plugs in the guests and the outside world,
runs the steps on the virtual clock and prints what happened, step by step, then the goals.

Options:
  --json          print the whole result (steps, trace events, goals) as JSON
  --step          on a terminal, wait for Enter after each step
  --verbose       also show every frame put on a cable (link.tx) and the periodic
                  LACP and STP messages
  --solve         run the lab's solution (the reader actions in its 'solution:') instead
                  of its steps, in every variant, and print the goals met; a goal the
                  solution does not reach is named and the exit status is 1
  --variant NAME  run only this variant of a lab with variants (default: the first;
                  with --solve: all of them)
  --no-color      no colours even on a terminal
  --lang ko|en    output language

Exit status: 1 if the lab file has errors or a goal fails, else 0.`,
    ko: `사용법: netmodes run [옵션] 랩.yaml

랩의 interfaces 파일로 Proxmox 호스트를 만들고, 게스트와 바깥 세계를 연결한 뒤, 가상 시계 위에서 단계를
실행하며 일어난 일을 단계별로 출력하고, 마지막에 목표를 확인합니다.

옵션:
  --json          결과 전체(단계, 트레이스 이벤트, 목표)를 JSON으로 출력합니다
  --step          터미널에서 단계마다 Enter를 기다립니다
  --verbose       케이블로 나가는 프레임(link.tx)과 주기적인 LACP·STP 메시지까지
                  모두 보여 줍니다
  --solve         단계 대신 랩의 풀이('solution:'에 적힌 독자 동작)를 모든 변형에서
                  실행하고 달성한 목표를 출력합니다. 풀이로 닿지 않는 목표가 있으면
                  그 목표를 밝히고 종료 코드 1로 끝납니다
  --variant 이름  변형이 있는 랩에서 이 변형만 실행합니다(기본: 첫 번째,
                  --solve에서는 전부)
  --no-color      터미널이어도 색을 쓰지 않습니다
  --lang ko|en    출력 언어

종료 코드: 랩 파일에 오류가 있거나 목표가 하나라도 실패하면 1, 아니면 0.`,
  },
  explain: {
    en: `Usage: netmodes explain [options] CODE

Explains a diagnostic code (cfg.*, guest.*, lab.*) or a trace code of the simulation kernel
(fdb.flood, nat.masquerade, provider.mac_rejected ...). Without CODE, lists every code.

Options:
  --lang ko|en    output language

Exit status: 1 if the code is unknown, else 0.`,
    ko: `사용법: netmodes explain [옵션] 코드

진단 코드(cfg.*, guest.*, lab.*)나 시뮬레이션 커널의 트레이스 코드(fdb.flood, nat.masquerade,
provider.mac_rejected 등)를 설명합니다. 코드를 주지 않으면 모든 코드를 나열합니다.

옵션:
  --lang ko|en    출력 언어

종료 코드: 모르는 코드면 1, 아니면 0.`,
  },
};

export const USAGE_ERROR: Record<Lang, string> = {
  en: "{detail}\nTry 'netmodes {command}--help'.",
  ko: "{detail}\n'netmodes {command}--help'로 사용법을 확인하세요.",
};
