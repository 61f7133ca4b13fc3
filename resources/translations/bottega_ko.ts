<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AdjustPointsDialog</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+38"/>
        <source>Adjust points</source>
        <translation>포인트 조정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has %2 points. Type the points to add (or a minus to take away) and why; it is recorded with your name.</source>
        <translation>%1 님의 포인트는 %2점입니다. 추가할 포인트(차감은 마이너스)와 사유를 입력하세요. 입력한 사람의 이름으로 기록됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjust (Enter)</source>
        <translation>조정 (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. points of a receipt scanned without the card</source>
        <translation>예: 카드 없이 계산한 영수증의 포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type how many points to add, or a minus to take some away.</source>
        <translation>추가할 포인트를 입력하세요. 차감하려면 마이너스를 붙이세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why, so the owner can check it later.</source>
        <translation>나중에 점주가 확인할 수 있도록 사유를 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They have only %1 points; a correction can&apos;t take away more.</source>
        <translation>보유 포인트가 %1점뿐이라 그보다 많이 차감할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="+21"/>
        <source>Owner approval</source>
        <translation>점주 승인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs the owner. Ask the owner to type their PIN.</source>
        <translation>%1에는 점주가 필요합니다. 점주에게 PIN 입력을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager approval</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a manager. Ask a manager or the owner to type their PIN.</source>
        <translation>%1에는 관리자 승인이 필요합니다. 관리자나 점주에게 PIN 입력을 요청하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requested by %1</source>
        <translation>요청자: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manager can try the PIN again.</source>
        <translation>관리자가 PIN을 다시 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN은 4~8자리 숫자입니다.</translation>
    </message>
</context>
<context>
    <name>AutomationsPage</name>
    <message>
        <location filename="../../ui/backoffice_automations.py" line="+67"/>
        <source>Save rules</source>
        <translation>규칙 저장</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% off</source>
        <translation>% 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>금액 할인</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Birthday reward</source>
        <translation>생일 선물</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days before the birthday</source>
        <translation>생일 며칠 전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loyalty programme&apos;s birthday reward (points or a coupon), given early so the greeting can say so; never twice in a year.</source>
        <translation>멤버십의 생일 선물(포인트 또는 쿠폰)을 미리 지급하여 축하 메시지에서 알릴 수 있습니다. 1년에 두 번 지급되지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A regular is slipping away</source>
        <translation>단골 고객이 발길을 끊어 갈 때</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Coupon</source>
        <translation>쿠폰</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Valid for (days)</source>
        <translation>유효 기간(일)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Thank you at a visit</source>
        <translation>방문 감사 선물</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At visit number</source>
        <translation>방문 횟수</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the coupon&apos;s value as a number: 10 for 10 % off, or the amount off.</source>
        <translation>쿠폰 값을 숫자로 입력하세요: 10 % 할인은 10, 또는 할인 금액.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rules saved. Those that are on run when a shift opens, when the back office opens, and on &quot;Run now&quot;.</source>
        <translation>규칙을 저장했습니다. 켜진 규칙은 근무 시작 시, 관리 화면을 열 때, 그리고 &quot;지금 실행&quot;을 누를 때 실행됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the automations did</source>
        <translation>자동화가 한 일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run now</source>
        <translation>지금 실행</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>지급</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be told by</source>
        <translation>알릴 수 있는 채널</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <source>Contact list</source>
        <translation>연락처 목록</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>메신저 앱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away</source>
        <translation>이탈 조짐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you</source>
        <translation>감사</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n포인트</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 % off</source>
        <translation>%1 % 할인 쿠폰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon %1 off</source>
        <translation>%1 할인 쿠폰</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no consent</source>
        <translation>동의 없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reward(s) given now; nothing is given twice.</source>
        <translation>
            <numerusform>지금 %n건을 지급했습니다. 같은 선물은 두 번 지급되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%1에 연락처 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>(%n명 제외: 이 채널에 대한 동의나 연락처가 없음).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../../ui/back_office.py" line="+39"/>
        <source>Catalogue</source>
        <translation>상품 목록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import and export</source>
        <translation>가져오기 및 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulars and birthdays</source>
        <translation>단골과 생일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>매장 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports for the accountant</source>
        <translation>세무사용 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal register</source>
        <translation>세무 금전등록기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automations</source>
        <translation>자동화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback and follow-ups</source>
        <translation>고객 의견과 후속 조치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score</source>
        <translation>순추천지수(NPS)</translation>
    </message>
</context>
<context>
    <name>BackOfficeForm</name>
    <message>
        <location filename="../../ui/backoffice_form.py" line="+83"/>
        <source>This can&apos;t be left empty.</source>
        <translation>비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid tax id for %1: check the digits, or leave it empty.</source>
        <translation>%1의 올바른 사업자 번호가 아닙니다. 숫자를 확인하거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a percent from 0 to 100, like 10 or 12,5.</source>
        <translation>0에서 100 사이의 퍼센트를 입력하세요. 예: 10 또는 12,5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number above zero.</source>
        <translation>0보다 큰 수를 입력하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 0 or a whole number above it.</source>
        <translation>0 또는 그보다 큰 정수를 입력하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the receipt languages.</source>
        <translation>영수증 언어 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix is two digits from 20 to 29 (or 02); separate them with spaces.</source>
        <translation>접두어는 20~29(또는 02)의 두 자리 숫자입니다. 공백으로 구분하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A prefix can&apos;t be for weight and for price at once.</source>
        <translation>하나의 접두어를 무게와 가격에 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item code has 4 or 5 digits.</source>
        <translation>상품 코드는 4자리 또는 5자리입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each tier needs its own name, a spend of 0 or more and a rate above 0.</source>
        <translation>각 등급에는 서로 다른 이름, 0 이상의 구매액, 0보다 큰 비율이 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount, like 20 or 12,50.</source>
        <translation>금액을 입력하세요. 예: 20 또는 12,50.</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../ui/back_office.py" line="+28"/>
        <location line="+99"/>
        <source>Bottega – back office – %1</source>
        <translation>Bottega – 백오피스 – %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Back office</source>
        <translation>백오피스</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>점주</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish to the other tills</source>
        <translation>다른 계산대에 게시</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to the till  Ctrl+B</source>
        <translation>계산대로 돌아가기  Ctrl+B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign out  Ctrl+Q</source>
        <translation>로그아웃  Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+57"/>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of all the shop&apos;s data (sales, customers, products, settings) in a folder you choose: a USB stick or a network folder, not this computer&apos;s own disk. Each copy is checked before it counts. Selling goes on while it is made.</source>
        <translation>매장의 모든 데이터(판매, 고객, 상품, 설정)를 선택한 폴더에 복사합니다: 이 컴퓨터의 디스크가 아닌 USB 메모리나 네트워크 폴더. 각 복사본은 검사를 통과해야 유효합니다. 백업 중에도 판매는 계속됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups in the folder</source>
        <translation>폴더에 있는 백업</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from another file…</source>
        <translation>다른 파일에서 복원…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this backup…</source>
        <translation>이 백업 복원…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the owner can restore a backup.</source>
        <translation>백업 복원은 점주만 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last good backup</source>
        <translation>마지막 정상 백업</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 receipts · %3
%4</source>
        <translation>%1 · 영수증 %2건 · %3
%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>아직 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups are off: choose a folder and press Save.</source>
        <translation>백업이 꺼져 있습니다: 폴더를 선택하고 저장을 누르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup has been made yet: press Back up now.</source>
        <translation>아직 백업이 없습니다: 지금 백업을 누르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last good backup is more than a day old.</source>
        <translation>마지막 정상 백업이 하루보다 오래되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last backup failed: %1</source>
        <translation>마지막 백업이 실패했습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up… selling goes on.</source>
        <translation>백업 중… 판매는 계속할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up and checked: %1</source>
        <translation>백업 및 검사 완료: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where and when</source>
        <translation>위치와 시기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A USB stick or a network folder</source>
        <translation>USB 메모리 또는 네트워크 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>보관</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups of this till</source>
        <translation>개 (이 계산대의 백업)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every day (the first start of the day, and at midnight while open)</source>
        <translation>매일 (하루의 첫 실행 시, 켜져 있으면 자정에)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When a shift is closed</source>
        <translation>근무 마감 시</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for backups</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no folder %1. Plug in the stick or choose another folder.</source>
        <translation>%1 폴더가 없습니다. USB 메모리를 꽂거나 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made at</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shop · till</source>
        <translation>매장 · 계산대</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last receipt</source>
        <translation>마지막 영수증</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not a readable backup</source>
        <translation>읽을 수 없는 백업</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup to restore</source>
        <translation>복원할 백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottega backups (*.db)</source>
        <translation>Bottega 백업 (*.db)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s data now comes from the backup made %1. The data as it was is kept in %2.

Bottega closes now: start it again and sign in.</source>
        <translation>이제 매장 데이터는 %1에 만든 백업의 데이터입니다. 이전 데이터는 %2에 보관되어 있습니다.

Bottega가 이제 종료됩니다: 다시 시작하고 로그인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Bottega (Enter)</source>
        <translation>Bottega 종료 (Enter)</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/backoffice_campaigns.py" line="+53"/>
        <source>Campaigns</source>
        <translation>캠페인</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New campaign</source>
        <translation>새 캠페인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We miss you</source>
        <translation>보고 싶어요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer A</source>
        <translation>혜택 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer B</source>
        <translation>혜택 B</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment is split at random, once: A, B and a control group that gets nothing, so the results show what the offer itself changed.</source>
        <translation>세그먼트를 한 번 무작위로 A, B, 그리고 아무것도 받지 않는 대조군으로 나누므로, 결과는 혜택 자체의 효과를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create campaign</source>
        <translation>캠페인 만들기</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>% off</source>
        <translation>% 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount off</source>
        <translation>금액 할인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Regulars slipping away</source>
        <translation>이탈 조짐 단골</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champions</source>
        <translation>챔피언</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>충성 고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promising</source>
        <translation>유망 고객</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>위험 고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slipping away (RFM)</source>
        <translation>이탈 조짐 (RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>이탈 고객</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n customer(s) today</source>
        <translation>
            <numerusform>오늘 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type each offer as a number: 10 for 10 % off, or the amount off.</source>
        <translation>각 혜택을 숫자로 입력하세요: 10 % 할인은 10, 또는 할인 금액.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing the groups and issuing the coupons…</source>
        <translation>그룹을 나누고 쿠폰을 발급하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Came back</source>
        <translation>재방문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coupons used</source>
        <translation>사용된 쿠폰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average basket</source>
        <translation>평균 객단가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uplift</source>
        <translation>효과</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Came back and bought during the offer, with its 95 % interval; the grey band is the control group&apos;s.</source>
        <translation>혜택 기간에 다시 와서 구매한 비율과 95 % 구간; 회색 띠는 대조군의 구간입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+93"/>
        <source>Contact list</source>
        <translation>연락처 목록</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>메신저 앱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Control</source>
        <translation>대조군</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Variant %1</source>
        <translation>변형 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no offer</source>
        <translation>혜택 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % off</source>
        <translation>%1 % 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 off</source>
        <translation>%1 할인</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No campaign yet: make the first one on the left.</source>
        <translation>아직 캠페인이 없습니다. 왼쪽에서 첫 캠페인을 만드세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 per member</source>
        <translation>1인당 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points
(%2 to %3)</source>
        <translation>%1%p
(%2 ~ %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: more customers came back than without an offer — the intervals are apart.</source>
        <translation>%1: 혜택이 없을 때보다 더 많은 고객이 다시 왔습니다 — 구간이 겹치지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: fewer customers came back than without an offer — the intervals are apart.</source>
        <translation>%1: 혜택이 없을 때보다 적은 고객이 다시 왔습니다 — 구간이 겹치지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not enough data yet — its interval and the control group&apos;s overlap, so the difference may be chance.</source>
        <translation>%1: 아직 데이터가 부족합니다 — 대조군과 구간이 겹치므로 차이는 우연일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) written to %1</source>
        <translation>
            <numerusform>%1에 연락처 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n left out: no consent for this channel, or no contact).</source>
        <translation>
            <numerusform>(%n명 제외: 이 채널에 대한 동의나 연락처가 없음).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+28"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../ui/cash_dialog.py" line="+17"/>
        <source>Cash in / out</source>
        <translation>입금 / 출금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record (Enter)</source>
        <translation>기록 (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash in  (F1)</source>
        <translation>입금  (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out  (F2)</source>
        <translation>출금  (F2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose or type why</source>
        <translation>사유를 고르거나 입력하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The drawer should hold %1 now.</source>
        <translation>현재 돈통 예상 금액: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change added</source>
        <translation>거스름돈 보충</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change from the safe</source>
        <translation>금고에서 거스름돈</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Supplier paid</source>
        <translation>거래처 대금 지급</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takings to the bank</source>
        <translation>매출금 은행 입금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the safe</source>
        <translation>금고로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop expenses</source>
        <translation>매장 경비</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Put in the drawer (Enter)</source>
        <translation>돈통에 넣기 (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take out (Enter)</source>
        <translation>꺼내기 (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the amount put in or taken out; it can&apos;t be 0.</source>
        <translation>넣거나 꺼낸 금액을 입력하세요. 0일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose or type a reason: it goes in the shift report and the audit log.</source>
        <translation>사유를 고르거나 입력하세요. 근무 보고서와 감사 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+124"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour (#rrggbb)</source>
        <translation>색상 (#rrggbb)</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift_dialog.py" line="+20"/>
        <source>Close the shift</source>
        <translation>마감</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count all the cash in the drawer and type the total. The Z report is final: after it, this till needs a new shift to sell.</source>
        <translation>돈통의 현금을 모두 세어 합계를 입력하세요. Z 정산은 최종이며, 이후 이 포스에서 판매하려면 근무를 새로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close shift (Enter)</source>
        <translation>마감 (Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cash counted</source>
        <translation>실제 현금</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected: %1</source>
        <translation>예상: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Matches the drawer ✓</source>
        <translation>시재 일치 ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short by %1</source>
        <translation>%1 부족</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over by %1</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The drawer is %1 short. Count again, or press Enter again to close the shift anyway.</source>
        <translation>돈통 현금이 %1 부족합니다. 다시 세거나, 그래도 마감하려면 Enter를 한 번 더 누르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is %1 over. Count again, or press Enter again to close the shift anyway.</source>
        <translation>돈통 현금이 %1 많습니다. 다시 세거나, 그래도 마감하려면 Enter를 한 번 더 누르세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shift closed</source>
        <translation>마감 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report no. %1 is stored. Press Enter to sign out of the till.</source>
        <translation>Z 정산 %1번을 저장했습니다. Enter를 누르면 로그아웃합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done (Enter)</source>
        <translation>완료 (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="+14"/>
        <source>Customer fields</source>
        <translation>고객 항목</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields of your own on every customer card, e.g. “Dog&apos;s name” or “Preferred cut”. For a list, type its choices separated by commas.</source>
        <translation>모든 고객 카드에 넣을 나만의 항목입니다(예: “강아지 이름”, “선호 부위”). 목록이면 선택지를 쉼표로 구분해 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>선택지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a field</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of a list</source>
        <translation>목록 중 하나</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+72"/>
        <source>Every field needs a label.</source>
        <translation>모든 항목에 이름표가 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is there twice.</source>
        <translation>“%1”이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has no kind.</source>
        <translation>“%1”에 종류가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is a list: type its choices, separated by commas.</source>
        <translation>“%1”은(는) 목록입니다: 선택지를 쉼표로 구분해 입력하세요.</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/customer_actions.py" line="+56"/>
        <source>%1: details saved.</source>
        <translation>%1: 정보를 저장했습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 put aside for %2.</source>
        <translation>%1, %2에 찾아가도록 따로 챙겨 두었습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the loyalty card</source>
        <translation>멤버십 카드 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Card %1 saved to %2: print it on card stock at actual size.</source>
        <translation>카드 %1을(를) %2에 저장했습니다. 카드 용지에 실제 크기로 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card %1 will stop working at once. Then save the new card to print it.</source>
        <translation>카드 %1은(는) 즉시 사용할 수 없게 됩니다. 그다음 새 카드를 저장해 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no card yet. Save their first card to print it.</source>
        <translation>%1 님은 아직 카드가 없습니다. 첫 카드를 저장해 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace a lost card</source>
        <translation>분실 카드 교체</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace (Enter)</source>
        <translation>교체 (Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 points recorded for %2.</source>
        <translation>%2 님에게 %1 포인트를 기록했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note saved for %1.</source>
        <translation>%1 고객의 메모를 저장했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the customer&apos;s data</source>
        <translation>고객 데이터 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their data is in %1 and, to read, %2.</source>
        <translation>고객 데이터를 %1에, 읽기용은 %2에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>환불은 영수증의 고객으로 처리됩니다. 먼저 환불을 마치거나 취소하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, e-mail, birthday, notes and consents of %1 are removed and their card stops working. Receipts, VAT and points stay, under an anonymous number. This can&apos;t be undone.</source>
        <translation>%1 님의 이름, 전화, 이메일, 생일, 메모, 동의 내역이 삭제되고 카드는 사용할 수 없게 됩니다. 영수증, 부가세, 포인트는 익명 번호로 남습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this customer</source>
        <translation>고객 정보 삭제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase (Enter)</source>
        <translation>삭제 (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 still has goods put aside: pick them up or cancel the reservation, then erase.</source>
        <translation>%1 님의 예약 상품이 남아 있습니다. 수령 처리하거나 예약을 취소한 뒤 삭제하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was erased; their receipts and points stay without a name.</source>
        <translation>%1 님의 정보를 삭제했습니다. 영수증과 포인트는 이름 없이 남습니다.</translation>
    </message>
</context>
<context>
    <name>CustomerArea</name>
    <message>
        <location filename="../../ui/customer_area.py" line="+43"/>
        <source>A refund keeps the customer of its receipt. Finish or cancel it first.</source>
        <translation>환불은 영수증의 고객으로 처리됩니다. 먼저 환불을 마치거나 취소하세요.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome, %1: registered and attached to this sale.</source>
        <translation>%1 고객님, 환영합니다. 등록 후 이 거래에 연결했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attached to this sale.</source>
        <translation>%1 고객을 이 거래에 연결했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happy birthday! Their birthday gift has been added.</source>
        <translation>생일 축하합니다! 생일 선물을 추가했습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer removed from this sale.</source>
        <translation>이 거래에서 고객을 뺐습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan the items first, then the coupon.</source>
        <translation>상품을 먼저 스캔한 다음 쿠폰을 스캔하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupon %1 applied.</source>
        <translation>쿠폰 %1 적용됨.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finish, park or cancel this sale before a return.</source>
        <translation>반품하기 전에 이 거래를 마치거나 보류 또는 취소하세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan or add the items to put aside, then press Reserve.</source>
        <translation>보관할 상품을 스캔하거나 추가한 뒤 예약을 누르세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put aside until %1.</source>
        <translation>%1까지 보관합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit taken: %1.</source>
        <translation>예약금 받음: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish this sale or refund before a pickup.</source>
        <translation>수령 처리 전에 이 판매나 환불을 마치세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reservation on the sale: check the weights, then F12. The deposit is already counted.</source>
        <translation>예약을 판매로 불러왔습니다. 무게를 확인한 뒤 F12. 예약금은 이미 반영되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale in progress was parked (F8 recalls it).</source>
        <translation>진행 중이던 거래는 보류했습니다(F8로 불러오기).</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="+135"/>
        <source>Remove ✕</source>
        <translation>빼기 ✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on with the sale without this customer</source>
        <translation>이 고객 없이 판매 계속</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit details and consents…</source>
        <translation>정보 및 동의 수정…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details and consents, loyalty card, points correction, data export or erasure</source>
        <translation>정보와 동의, 멤버십 카드, 포인트 조정, 데이터 내보내기 또는 삭제</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Receipts</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Birthday %1</source>
        <translation>생일 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points · %2</source>
        <translation>%1포인트 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime points: %1 · spent in the last 12 months: %2</source>
        <translation>누적 포인트: %1 · 최근 12개월 구매액: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>card %1</source>
        <translation>카드 %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No phone or e-mail</source>
        <translation>전화번호·이메일 없음</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Put their usual aside</source>
        <translation>늘 사는 것 챙겨 두기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print loyalty card</source>
        <translation>멤버십 카드 인쇄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace a lost card</source>
        <translation>분실 카드 교체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust points…</source>
        <translation>포인트 조정…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a note (complaint, praise, request)…</source>
        <translation>메모 남기기(불만, 칭찬, 요청)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export their data (JSON + PDF)…</source>
        <translation>데이터 내보내기 (JSON + PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this customer…</source>
        <translation>고객 정보 삭제…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More ▾</source>
        <translation>더 보기 ▾</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use coupon</source>
        <translation>쿠폰 사용</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usually buys: %1</source>
        <translation>자주 사는 상품: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchases yet</source>
        <translation>아직 구매 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usually buys %1 every ~%2 days, last %3 days ago</source>
        <translation>보통 약 %2일마다 %1 구매, 마지막 구매 %3일 전</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts (%1)</source>
        <translation>영수증 (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>messaging</source>
        <translation>메신저</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing: no consent given</source>
        <translation>마케팅: 동의 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by: %1</source>
        <translation>마케팅 수신 동의: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Birthday gift: %1 points</source>
        <translation>생일 선물: %1포인트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coupon %1: %2 off</source>
        <translation>쿠폰 %1: %2 할인</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First visit</source>
        <translation>첫 방문</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last visit %1</source>
        <translation>최근 방문 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reserved (%1)</source>
        <translation>예약 (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerReservations</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+142"/>
        <source>Pick up</source>
        <translation>수령</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve…</source>
        <translation>예약…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the items of this sale aside for the customer</source>
        <translation>이 거래의 상품을 고객용으로 보관</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../ui/customer_search.py" line="+43"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <location line="+21"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the phone number (any way, or its last digits), part of the name or the e-mail, or scan the loyalty card. Enter attaches the highlighted customer.</source>
        <translation>전화번호(아무 형식이나 뒷자리만), 이름 일부나 이메일을 입력하거나 멤버십 카드를 스캔하세요. Enter를 누르면 선택한 고객을 연결합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach (Enter)</source>
        <translation>연결 (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phone, name, e-mail or card</source>
        <translation>전화번호, 이름, 이메일 또는 카드</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New customer (F4)</source>
        <translation>신규 고객 (F4)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>고객 %n명 찾음</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1”. Press F4 to register them.</source>
        <translation>“%1”에 맞는 고객이 없습니다. F4를 눌러 등록하세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No customer matches “%1”. Check what was typed, or press F4 to register them.</source>
        <translation>“%1”에 맞는 고객이 없습니다. 입력한 내용을 확인하거나 F4를 눌러 등록하세요.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/backoffice_customers.py" line="+55"/>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>최근 10년</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved segment</source>
        <translation>저장된 세그먼트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value contains…</source>
        <translation>값에 포함…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <location line="+60"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>name or SKU</source>
        <translation>이름 또는 SKU</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom field</source>
        <translation>사용자 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Spent at least</source>
        <translation>최소 구매액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits at least</source>
        <translation>최소 방문 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came in the last … days</source>
        <translation>최근 …일 안에 방문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not seen for … days</source>
        <translation>…일 동안 방문 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought product</source>
        <translation>구매한 상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought from category</source>
        <translation>구매한 분류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing OK by</source>
        <translation>마케팅 동의 채널</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday in</source>
        <translation>생일 월</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone or e-mail</source>
        <translation>전화 또는 이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spent</source>
        <translation>구매액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>마지막 방문</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tag, e.g. restaurant</source>
        <translation>태그(예: 식당)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag to all listed</source>
        <translation>목록 전체에 태그 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag from all listed</source>
        <translation>목록 전체에서 태그 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save segment…</source>
        <translation>세그먼트 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer fields…</source>
        <translation>고객 항목…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>가게 기록을 읽는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history could not be read: %1</source>
        <translation>기록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging apps</source>
        <translation>메신저 앱</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” is not an amount.</source>
        <translation>“%1”은(는) 금액이 아닙니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 customers · %2 of takings</source>
        <translation>고객 %1명 · 매출의 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers · %2 spent · %3 of takings</source>
        <translation>고객 %1명 · %2 구매 · 매출의 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the tag first.</source>
        <translation>먼저 태그를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers changed.</source>
        <translation>고객 %1명이 변경되었습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save segment</source>
        <translation>세그먼트 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the segment</source>
        <translation>세그먼트 이름</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="+96"/>
        <source>Above %1 a manager&apos;s PIN is needed. Empty removes the discount.</source>
        <translation>%1 초과 할인은 관리자 PIN이 필요합니다. 비워 두면 할인이 취소됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent %</source>
        <translation>비율 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
</context>
<context>
    <name>DueFollowUpsDialog</name>
    <message>
        <location filename="../../ui/follow_ups_dialog.py" line="+14"/>
        <source>Your follow-ups for today</source>
        <translation>오늘 할 후속 조치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick one off when it is done; the rest wait for later.</source>
        <translation>끝낸 일은 완료로 표시하세요. 나머지는 나중에 해도 됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue (Enter)</source>
        <translation>계속(Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done ✓</source>
        <translation>완료 ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later (Esc)</source>
        <translation>나중에(Esc)</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_edit.py" line="+25"/>
        <source>Customer details</source>
        <translation>고객 정보</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change what the customer tells you. Tick a consent only if they say yes; untick it if they withdraw it.</source>
        <translation>고객이 알려 준 내용을 수정하세요. 동의는 고객이 동의할 때만 체크하고, 철회하면 체크를 해제하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Enter)</source>
        <translation>저장 (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comma between tags, e.g. restaurant, celiac</source>
        <translation>태그는 쉼표로 구분, 예: 식당, 글루텐 프리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>메신저 앱</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marketing OK by</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../../ui/customer_messages.py" line="+8"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a date. Type it like 2026-05-31.</source>
        <translation>%1: “%2”은(는) 날짜가 아닙니다. 2026-05-31처럼 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not one of the choices.</source>
        <translation>%1: “%2”은(는) 선택지에 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: too long (at most 200 characters).</source>
        <translation>%1: 너무 깁니다(최대 200자).</translation>
    </message>
    <message>
        <location filename="../../ui/customer_edit.py" line="+65"/>
        <source>“%1” is not a birthday. Type it like %2, or leave it empty.</source>
        <translation>“%1”은(는) 생일 형식이 아닙니다. %2처럼 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This phone number already belongs to %1.</source>
        <translation>이 전화번호는 이미 %1 님의 것입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail already belongs to %1.</source>
        <translation>이 이메일은 이미 %1 님의 것입니다.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+59"/>
        <source>Exports for the accountant</source>
        <translation>세무사용 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales journal, VAT per day and rate, payments, refunds, cash movements, discounts and the Z reports of a period, as spreadsheets, an Excel workbook and a PDF summary, in one new folder with a zip of them. Nothing is sent: you attach the zip to your e-mail.</source>
        <translation>기간의 매출 일지, 일별·세율별 부가세, 결제, 환불, 현금 입출금, 할인, 일일 마감(Z)을 CSV 표, 엑셀 통합 문서, PDF 요약으로 새 폴더 하나에 zip 파일과 함께 저장합니다. 아무것도 전송되지 않습니다: zip 파일을 직접 이메일에 첨부하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the days</source>
        <translation>날짜 선택</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spreadsheets (CSV)</source>
        <translation>표 (CSV)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>엑셀 통합 문서 (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF summary</source>
        <translation>PDF 요약</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save in</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month for my accountant</source>
        <translation>세무사에게 보낼 한 달</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+135"/>
        <source>Only the owner or a manager can export the shop&apos;s accounts.</source>
        <translation>점주나 매니저만 상점의 회계 자료를 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The sales journal and the refunds carry customer ids (personal data): keep the files safe. Every export is recorded.</source>
        <translation>매출 일지와 환불에는 고객 ID(개인정보)가 들어 있습니다: 파일을 안전하게 보관하세요. 모든 내보내기는 기록됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer ids are left out: only the owner&apos;s exports carry personal data. Every export is recorded.</source>
        <translation>고객 ID는 제외됩니다: 점주의 내보내기에만 개인정보가 들어갑니다. 모든 내보내기는 기록됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to save the exports</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../ui/export_messages.py" line="+22"/>
        <source>The first day is after the last: change the dates.</source>
        <translation>시작일이 종료일보다 늦습니다: 날짜를 바꾸세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one format.</source>
        <translation>형식을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write in %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting %1 to %2…</source>
        <translation>%1을(를) %2(으)로 내보내는 중…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written to %1: %2 files and a zip of them.</source>
        <translation>%1에 저장했습니다: 파일 %2개와 zip 파일.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sales in this period: the files hold the column headers only.</source>
        <translation>이 기간에는 판매가 없습니다: 파일에는 열 제목만 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 receipts, %2 refunds, net takings %3, %4 Z reports.</source>
        <translation>영수증 %1건, 환불 %2건, 순매출 %3, 일일 마감 %4건.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1: net %2, VAT %3, gross %4</source>
        <translation>부가세 %1: 공급가액 %2, 부가세 %3, 합계 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shifts are still open: their sales are in the files, their Z reports are not yet.</source>
        <translation>근무 %1개가 아직 마감되지 않았습니다: 판매는 파일에 들어 있지만 일일 마감은 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/export_messages.py" line="-7"/>
        <source>Cancelled: nothing was written.</source>
        <translation>취소했습니다: 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already holds files: choose another folder.</source>
        <translation>%1에 이미 파일이 있습니다: 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write in %1: %2. Choose another folder.</source>
        <translation>%1에 쓸 수 없습니다: %2. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date: write it like 2026-11-30.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. 2026-11-30처럼 쓰세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an export format: choose among CSV, Excel and PDF.</source>
        <translation>“%1”은(는) 내보내기 형식이 아닙니다. CSV, Excel, PDF 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_exports.py" line="+11"/>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>내보내기에 실패했습니다: %1. 아무것도 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/backoffice_feedback.py" line="+32"/>
        <source>Feedback and follow-ups</source>
        <translation>고객 의견과 후속 조치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers said at the tills and on their loyalty page, and what the team has promised to do about it.</source>
        <translation>고객이 계산대와 멤버십 페이지에서 남긴 의견, 그리고 직원이 하기로 한 일입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By product</source>
        <translation>상품별</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New note…</source>
        <translation>새 메모…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>From</source>
        <translation>작성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note saved.</source>
        <translation>메모를 저장했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a note in the list, then Resolve.</source>
        <translation>목록에서 메모를 고른 뒤 해결을 누르세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved.</source>
        <translation>해결했습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone&apos;s open follow-ups, soonest due first. Each person also sees theirs when they sign in.</source>
        <translation>모든 직원의 미완료 후속 조치를 마감일 순으로 보여 줍니다. 각자 로그인할 때도 자기 일을 봅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <translation>완료로 표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>마감일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a follow-up in the list, then Mark done.</source>
        <translation>목록에서 후속 조치를 고른 뒤 완료로 표시를 누르세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complaints</source>
        <translation>불만</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Said</source>
        <translation>의견</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (%1)</source>
        <translation>반품(%1)</translation>
    </message>
</context>
<context>
    <name>FiscalLink</name>
    <message>
        <location filename="../../ui/fiscal_link.py" line="+37"/>
        <source>RT daily closure %1 done.</source>
        <translation>RT 일마감 %1 완료.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RT daily closure not done yet: %1.</source>
        <translation>RT 일마감이 아직 되지 않음: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1: the RT&apos;s counters moved unexpectedly. Check the RT&apos;s last slip before anything else.</source>
        <translation>판매 %1: RT의 카운터가 예상과 다르게 바뀌었습니다. 먼저 RT의 마지막 영수증을 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 is NOT yet fiscal: %2. It will be sent again after asking the RT.</source>
        <translation>판매 %1은(는) 아직 세무 처리되지 않았습니다: %2. RT에 확인한 뒤 다시 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="+23"/>
        <source>RT not reachable</source>
        <translation>RT에 연결할 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT did not answer</source>
        <translation>RT가 응답하지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper or cover open</source>
        <translation>RT 용지 없음 또는 덮개 열림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT out of paper</source>
        <translation>RT 용지 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT cover open</source>
        <translation>RT 덮개 열림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT busy</source>
        <translation>RT 사용 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an earlier sale is being checked with the RT</source>
        <translation>이전 판매를 RT와 확인하는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day&apos;s sales must reach the RT before its closure</source>
        <translation>마감 전에 그날의 판매가 RT에 전달되어야 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type the original slip&apos;s reference for this return</source>
        <translation>이 반품에 원래 영수증의 참조 번호를 입력하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VAT rate has no RT department</source>
        <translation>RT 부서가 없는 부가세율이 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no RT set up</source>
        <translation>설정된 RT 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT error %1</source>
        <translation>RT 오류 %1</translation>
    </message>
</context>
<context>
    <name>FiscalPage</name>
    <message>
        <location filename="../../ui/backoffice_fiscal.py" line="+39"/>
        <source>Fiscal register (RT)</source>
        <translation>세무 등록기 (RT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None (receipts are not fiscal documents)</source>
        <translation>없음 (영수증은 세무 문서가 아님)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Epson FP-81 II RT / FP-90III</source>
        <translation>Epson FP-81 II RT / FP-90III</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom RT (sales and voids; returns not yet)</source>
        <translation>Custom RT (판매와 취소, 반품은 아직 미지원)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RT&apos;s IP address, e.g. 192.168.1.50</source>
        <translation>RT의 IP 주소, 예: 192.168.1.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from the RT by Test connection (Custom: type it)</source>
        <translation>연결 테스트로 RT에서 읽음 (Custom: 직접 입력)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT serial</source>
        <translation>RT 일련번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round cash totals to 5 cents</source>
        <translation>현금 합계를 5센트 단위로 반올림</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the RT&apos;s daily closure (Z) when the shift closes</source>
        <translation>교대 마감 시 RT 일마감(Z) 실행</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT rate</source>
        <translation>부가세율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT department</source>
        <translation>RT 부서</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents the RT has not confirmed</source>
        <translation>RT가 확인하지 않은 문서</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original slip: zzzz nnnn ddmmyyyy serial</source>
        <translation>원래 영수증: zzzz nnnn ddmmyyyy 일련번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for the selected return</source>
        <translation>선택한 반품에 사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RT printed nothing: send again</source>
        <translation>RT가 아무것도 출력하지 않음: 다시 보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last daily closure: Bottega and the RT</source>
        <translation>마지막 일마감: Bottega와 RT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate or payment</source>
        <translation>세율 또는 결제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega</source>
        <translation>Bottega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/messages.py" line="+147"/>
        <source>Type the RT&apos;s address (an IP address or host name, no spaces).</source>
        <translation>RT 주소를 입력하세요 (IP 주소 또는 호스트 이름, 공백 없이).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Departments are numbers from 1 to 99.</source>
        <translation>부서는 1부터 99까지의 숫자입니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/messages.py" line="+2"/>
        <source>Choose a model.</source>
        <translation>모델을 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the RT...</source>
        <translation>RT에 확인하는 중...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The RT did not answer (%1). Check its address, cable and power.</source>
        <translation>RT가 응답하지 않았습니다 (%1). 주소, 케이블, 전원을 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready: %1</source>
        <translation>준비 안 됨: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RT %1 answered: %2. Day closure no. %3, last document %4.</source>
        <translation>RT %1 응답: %2. 일마감 번호 %3, 마지막 문서 %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a return in the list first.</source>
        <translation>먼저 목록에서 반품을 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/messages.py" line="-6"/>
        <source>Type the reference as on the slip: closure, number, date, RT serial.</source>
        <translation>영수증에 있는 대로 참조를 입력하세요: 마감, 번호, 날짜, RT 일련번호.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference kept; the till sends the return within a minute.</source>
        <translation>참조를 저장했습니다. 1분 안에 계산대가 반품을 보냅니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a document marked &apos;check&apos; first.</source>
        <translation>먼저 &apos;check&apos; 표시된 문서를 선택하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electronic</source>
        <translation>전자 결제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount paid</source>
        <translation>결제 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid</source>
        <translation>미수금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rounding</source>
        <translation>반올림</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1 %</source>
        <translation>부가세 %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not confirmed by the RT: %1</source>
        <translation>RT가 확인하지 않음: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/backoffice_import.py" line="+40"/>
        <source>%1 is missing</source>
        <translation>%1 값이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 값이 %2자보다 깁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds a control character</source>
        <translation>%1 값에 제어 문자가 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is not an amount (write 3.50 or 3,50)</source>
        <translation>가격 %1은(는) 금액이 아닙니다 (3.50 또는 3,50처럼 쓰세요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price must not be negative</source>
        <translation>가격은 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 has more decimals than the currency&apos;s %2</source>
        <translation>가격 %1의 소수 자릿수가 통화의 %2자리보다 많습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price %1 is more than the largest price, %2</source>
        <translation>가격 %1이(가) 최대 가격 %2보다 큽니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 is not a percentage (22 for 22 %)</source>
        <translation>부가세율 %1은(는) 백분율이 아닙니다 (22 %는 22)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VAT rate %1 % is not one of the shop&apos;s rates (%2)</source>
        <translation>부가세율 %1 %는 매장의 세율(%2)이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit %1 is not one of %2</source>
        <translation>단위 %1은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is not an EAN-8, UPC-A or EAN-13 (8, 12 or 13 digits)</source>
        <translation>바코드 %1은(는) EAN-8, UPC-A, EAN-13(8, 12, 13자리)이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has 11 digits: did a spreadsheet drop a leading zero? Format the column as text</source>
        <translation>바코드 %1은(는) 11자리입니다: 스프레드시트가 앞의 0을 지웠나요? 열 서식을 텍스트로 지정하세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 has a wrong check digit</source>
        <translation>바코드 %1의 검사 숫자가 틀립니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 starts with %2, which the tills read as a scale label; give a weighed item a PLU instead</source>
        <translation>바코드 %1은(는) %2(으)로 시작하며, 계산대는 이를 저울 라벨로 읽습니다. 무게 상품에는 PLU를 지정하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PLU %1 must be 1 to 10 digits</source>
        <translation>PLU %1은(는) 1~10자리 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active %1 is not one of 1, 0, true, false, yes, no</source>
        <translation>active %1은(는) 1, 0, true, false, yes, no 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 is also on line %2</source>
        <translation>바코드 %1이(가) %2번째 줄에도 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode %1 already belongs to SKU %2</source>
        <translation>바코드 %1은(는) 이미 SKU %2의 것입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is also on line %3</source>
        <translation>%1 %2이(가) %3번째 줄에도 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 already belongs to SKU %3</source>
        <translation>%1 %2은(는) 이미 SKU %3의 것입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote is opened and not closed on this line</source>
        <translation>이 줄에서 따옴표가 열리고 닫히지 않았습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line is too long to be a product</source>
        <translation>줄이 너무 길어 상품일 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row has more fields than the first line names</source>
        <translation>이 행에는 첫 줄에 있는 열보다 많은 필드가 있습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is %1 MB; an import takes at most %2 MB. Split it into smaller files.</source>
        <translation>파일 크기가 %1 MB입니다. 가져오기는 최대 %2 MB까지입니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has more than %1 products. Split it into smaller files.</source>
        <translation>파일에 상품이 %1개보다 많습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an Excel workbook that can be read. Save it again as .xlsx or .csv.</source>
        <translation>읽을 수 있는 Excel 통합 문서가 아닙니다. .xlsx 또는 .csv로 다시 저장하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line must name the columns %1. Unknown: %2. Missing: %3.</source>
        <translation>첫 줄에 %1 열 이름이 있어야 합니다. 알 수 없음: %2. 없음: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty or its first line does not name the columns %1.</source>
        <translation>파일이 비어 있거나 첫 줄에 %1 열 이름이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1</source>
        <translation>문제가 발생했습니다: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason or product</source>
        <translation>사유 또는 상품</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import and export products</source>
        <translation>상품 가져오기 및 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or Excel file whose first line names the columns sku, name, price, vat_rate, unit, barcode, plu, category, active (price like 3.50, vat_rate one of the shop&apos;s rates like 22, unit pc or kg). Nothing is written until you press Import.</source>
        <translation>첫 줄에 sku, name, price, vat_rate, unit, barcode, plu, category, active 열 이름이 있는 CSV 또는 Excel 파일 (price는 3.50처럼, vat_rate는 22처럼 매장의 세율 중 하나, unit은 pc 또는 kg). 가져오기를 누르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose file… (Ctrl+O)</source>
        <translation>파일 선택… (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Excel 내보내기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+72"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Product file</source>
        <translation>상품 파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product files (*.csv *.xlsx *.txt)</source>
        <translation>상품 파일 (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import %1 products</source>
        <translation>상품 %1개 가져오기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows are rejected (in red, with the reason). Import leaves them out; correct them in the file and import it again.</source>
        <translation>%1개 행이 거부되었습니다(빨간색, 사유 표시). 가져오기에서 제외되니 파일에서 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 rejected</source>
        <translation>신규 %1, 변경 %2, 변경 없음 %3, 거부 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read as %1, columns separated by %2</source>
        <translation>%1(으)로 읽음, 열 구분 기호: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported: %1</source>
        <translation>가져옴: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the catalogue</source>
        <translation>카탈로그 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 products saved to %2</source>
        <translation>상품 %1개를 %2에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+38"/>
        <source>Loyalty programme</source>
        <translation>멤버십 프로그램</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Customers earn and redeem points</source>
        <translation>고객이 포인트를 적립하고 사용합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: nobody earns points; the points customers have stay theirs.</source>
        <translation>끄면 아무도 포인트를 적립하지 않으며, 고객이 가진 포인트는 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earn rate</source>
        <translation>적립 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer earns one point for each time this amount is spent.</source>
        <translation>고객이 이 금액을 쓸 때마다 1포인트를 적립합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of a point</source>
        <translation>포인트 가치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What one point is worth when a customer pays with points.</source>
        <translation>고객이 포인트로 결제할 때 1포인트의 가치입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Points (%)</source>
        <translation>포인트 (%)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No points</source>
        <translation>적립 안 함</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By category</source>
        <translation>카테고리별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % earns the normal points, 200 % double; tick No points for what never earns.</source>
        <translation>100 %는 기본 포인트, 200 %는 두 배입니다. 적립하지 않을 항목은 적립 안 함에 체크하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products without points</source>
        <translation>적립 제외 상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product codes (SKU) that never earn points, e.g. tobacco, gift cards; separate with commas.</source>
        <translation>포인트가 적립되지 않는 상품 코드(SKU). 예: 담배, 상품권. 쉼표로 구분하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expire after</source>
        <translation>포인트 유효 기간</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Days after they were earned; 0 = points never expire.</source>
        <translation>적립 후 일수입니다. 0이면 만료되지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiers</source>
        <translation>등급</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending reaches a tier; a tier&apos;s rate multiplies the points earned (150 % = half again).</source>
        <translation>구매액에 따라 등급이 정해지고, 등급 비율이 적립 포인트에 곱해집니다(150 % = 1.5배).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier spending over</source>
        <translation>등급 산정 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier counts what the customer spent in this many days.</source>
        <translation>등급은 이 기간(일) 동안의 구매액으로 정해집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A discount coupon</source>
        <translation>할인 쿠폰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday reward</source>
        <translation>생일 혜택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given once in the customer&apos;s birthday week, the first time they shop.</source>
        <translation>생일 주간의 첫 구매 때 한 번 드립니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday points</source>
        <translation>생일 포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given when the reward is points.</source>
        <translation>혜택이 포인트일 때 드리는 포인트입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday coupon (%)</source>
        <translation>생일 쿠폰 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coupon&apos;s discount when the reward is a coupon, valid that week.</source>
        <translation>혜택이 쿠폰일 때의 할인율이며 그 주에만 유효합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From spending</source>
        <translation>최소 구매액</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a tier</source>
        <translation>등급 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen tier</source>
        <translation>선택한 등급 삭제</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="+21"/>
        <source>About %1.</source>
        <translation>%1 고객 관련.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback note</source>
        <translation>고객 의견 메모</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save note (Enter)</source>
        <translation>메모 저장(Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What did the customer say?</source>
        <translation>고객이 뭐라고 했나요?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product (optional): type to find it</source>
        <translation>상품(선택): 입력해서 찾기</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>No product</source>
        <translation>상품 없음</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Follow up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do, e.g. call when the gluten-free bread arrives</source>
        <translation>할 일, 예: 글루텐프리 빵이 들어오면 전화하기</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>기한</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
</context>
<context>
    <name>NpsPage</name>
    <message>
        <location filename="../../ui/backoffice_nps.py" line="+51"/>
        <source>Net Promoter Score</source>
        <translation>순추천지수(NPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a visit, the customer&apos;s loyalty page asks once: how likely are you to recommend us, 0 to 10? Promoters answer 9-10, detractors 0-6; the score is % promoters minus % detractors, from -100 to 100. The bars are 95 % intervals: where two months&apos; bars overlap, the change may be chance.</source>
        <translation>방문 후 고객의 멤버십 페이지에서 한 번 묻습니다: 저희를 추천할 가능성은 0~10 중 얼마인가요? 9~10은 추천 고객, 0~6은 비추천 고객이며 점수는 추천 고객 % 빼기 비추천 고객 %로 -100에서 100 사이입니다. 막대는 95 % 구간입니다. 두 달의 막대가 겹치면 변화가 우연일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the detractors wrote (each is an open note on the Feedback page)</source>
        <translation>비추천 고객이 남긴 말(각각 고객 의견 페이지의 미해결 메모입니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promoters (9-10)</source>
        <translation>추천 고객(9-10)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passives (7-8)</source>
        <translation>중립 고객(7-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors (0-6)</source>
        <translation>비추천 고객(0-6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No answers yet. They come from the customers&apos; loyalty pages once the till is connected to the server.</source>
        <translation>아직 응답이 없습니다. 계산대가 서버에 연결되면 고객의 멤버십 페이지에서 응답이 들어옵니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>95 % interval: %1 to %2</source>
        <translation>95 % 구간: %1 ~ %2</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift_dialog.py" line="+15"/>
        <source>Open the shift</source>
        <translation>근무 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer and type the total: it is the float this shift starts with.</source>
        <translation>돈통의 현금을 세어 합계를 입력하세요. 이번 근무의 준비금이 됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open shift (Enter)</source>
        <translation>근무 시작 (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cashier</source>
        <translation>계산원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till</source>
        <translation>포스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash in the drawer</source>
        <translation>돈통 현금</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignIn</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+29"/>
        <source>%1 changes are being published to the other tills.</source>
        <translation>변경 사항 %1개를 다른 계산대에 게시하는 중입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the server to publish %1 catalogue and settings changes to the other tills.</source>
        <translation>카탈로그 및 설정 변경 사항 %1개를 다른 계산대에 게시하려면 서버에 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_texts.py" line="+35"/>
        <source>The server does not know this name with this password.</source>
        <translation>서버에 이 이름과 비밀번호가 일치하는 계정이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong passwords: try again in %1 minutes.</source>
        <translation>잘못된 비밀번호가 너무 많습니다. %1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop works on its own: there is no server to publish to.</source>
        <translation>이 매장은 단독으로 운영됩니다. 게시할 서버가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Your changes stay here and wait; try again later.</source>
        <translation>서버에 연결할 수 없습니다. 변경 사항은 여기에 보관되어 대기합니다. 나중에 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>OwnerServerSignInDialog</name>
    <message>
        <location filename="../../ui/owner_server_sign_in.py" line="+8"/>
        <source>Publish changes to the other tills</source>
        <translation>다른 계산대에 변경 사항 게시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and publish</source>
        <translation>로그인 후 게시</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changes made here wait for the shop&apos;s server. Sign in with your name and password on the server to send them to every till.</source>
        <translation>여기서 만든 변경 사항 %1개가 매장 서버를 기다리고 있습니다. 모든 계산대로 보내려면 서버의 이름과 비밀번호로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out of the server</source>
        <translation>서버에서 로그아웃</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in as %1 until %2.</source>
        <translation>%2까지 %1(으)로 로그인됨.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name and password on the server.</source>
        <translation>서버의 이름과 비밀번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+30"/>
        <source>Choose a sale and press Enter (or double-click it) to bring it back.</source>
        <translation>거래를 고르고 Enter를 누르면(또는 두 번 클릭하면) 다시 불러옵니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale on screen is parked in its place.</source>
        <translation>화면의 거래는 대신 보류됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked sales</source>
        <translation>보류 거래</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall (Enter)</source>
        <translation>불러오기 (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale</source>
        <translation>거래</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parked at</source>
        <translation>보류 시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>담당</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sales are parked on this till.
Press F7 on the till to park one.</source>
        <translation>이 포스에 보류된 거래가 없습니다.
판매 화면에서 F7을 누르면 보류합니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>That sale is no longer parked (recalled on another screen). Choose another.</source>
        <translation>이 거래는 더 이상 보류 중이 아닙니다(다른 화면에서 불러옴). 다른 거래를 고르세요.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="+37"/>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pay back to the customer</source>
        <translation>고객에게 돌려줄 금액</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>받을 금액</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amount received (empty = exact amount)</source>
        <translation>받은 금액 (비우면 딱 맞게)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lottery code (8 characters, card payments from 1 EUR)</source>
        <translation>복권 코드 (8자, 1 EUR 이상 카드 결제)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back to sale (Esc)</source>
        <translation>판매로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card (F8)</source>
        <translation>카드 (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash (Enter)</source>
        <translation>현금 (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points (F6)</source>
        <translation>포인트 (F6)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points pay up to the balance this till knows; points earned at another till count here once both tills have synced.</source>
        <translation>포인트는 이 계산대가 아는 잔액까지 결제할 수 있습니다. 다른 계산대에서 적립한 포인트는 두 계산대가 모두 동기화된 뒤에 반영됩니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Next customer (Enter)</source>
        <translation>다음 손님 (Enter)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A card payment can&apos;t be more than what is left: %1.</source>
        <translation>카드 결제는 남은 금액을 넘을 수 없습니다: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No points to pay with.</source>
        <translation>결제에 사용할 포인트가 없습니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Paid back</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 It was taken off this sale: %2 to pay.</source>
        <translation>%1 이 판매에서 뺐습니다. 결제할 금액: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit paid</source>
        <translation>예약금 결제분</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+101"/>
        <source>Still to pay back: %1</source>
        <translation>남은 환불액: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>In cash: %1 (rounding %2)</source>
        <translation>현금 결제: %1 (반올림 %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still to pay: %1</source>
        <translation>남은 금액: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change due: %1</source>
        <translation>거스름돈: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/pin_pad.py" line="+27"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the PIN</source>
        <translation>PIN 지우기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the last digit (Backspace)</source>
        <translation>마지막 숫자 지우기 (Backspace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK (Enter)</source>
        <translation>확인 (Enter)</translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <location filename="../../ui/price_change_dialog.py" line="+18"/>
        <source>Change prices</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview the new prices; nothing changes until you apply them.</source>
        <translation>새 가격을 미리 확인하세요. 적용하기 전에는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply new prices</source>
        <translation>새 가격 적용</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected products (%1)</source>
        <translation>선택한 상품 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category %1</source>
        <translation>%1 분류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product on sale</source>
        <translation>판매 중인 모든 상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by percent (+10, -5)</source>
        <translation>비율로 (+10, -5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by an amount (+0,50, -1)</source>
        <translation>금액으로 (+0.50, -1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 for 10 % more, -5 for 5 % less</source>
        <translation>10은 10 % 인상, -5는 5 % 인하</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-18"/>
        <source>New price: %1</source>
        <translation>가격 변경: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current price %1</source>
        <translation>현재 가격 %1</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <location filename="../../ui/printer_messages.py" line="+23"/>
        <source>USB printers can&apos;t be used on this computer: %1. Use a serial, network or file connection, or install it.</source>
        <translation>이 컴퓨터에서는 USB 프린터를 쓸 수 없습니다: %1. 시리얼, 네트워크 또는 파일 연결을 쓰거나 설치하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer did not answer. Check that it is switched on, the cable or network, and the address.</source>
        <translation>프린터가 응답하지 않습니다. 전원, 케이블이나 네트워크, 주소를 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer is out of paper. Put in a new roll.</source>
        <translation>프린터 용지가 없습니다. 새 용지를 넣으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Close it.</source>
        <translation>프린터 덮개가 열려 있습니다. 닫아 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer stopped taking data. Check the paper and the flow control setting.</source>
        <translation>프린터가 데이터를 더 받지 않습니다. 용지와 흐름 제어 설정을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the printer is connected first.</source>
        <translation>먼저 프린터 연결 방식을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This printer model can&apos;t print that. Choose another model, or the raster mode for Chinese/Korean.</source>
        <translation>이 프린터 모델로는 인쇄할 수 없습니다. 다른 모델을 고르거나, 중국어/한국어는 이미지 방식을 쓰세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer reported an error (%1).</source>
        <translation>프린터가 오류를 알렸습니다(%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: %1</source>
        <translation>인쇄 실패: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printer_setup.py" line="+48"/>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How this till&apos;s receipt printer and cash drawer are connected. Try the settings with a test page, then save.</source>
        <translation>이 포스의 영수증 프린터와 돈통 연결 방식입니다. 테스트 페이지로 확인한 뒤 저장하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Enter)</source>
        <translation>저장 (Enter)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer</source>
        <translation>영수증 프린터 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial (COM port)</source>
        <translation>시리얼 (COM 포트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (IP address)</source>
        <translation>네트워크 (IP 주소)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File or device path</source>
        <translation>파일 또는 장치 경로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files in a folder (no printer)</source>
        <translation>폴더에 PDF 파일로 저장 (프린터 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>연결 방식</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receipts are kept and can be printed or e-mailed as PDF later.</source>
        <translation>영수증은 보관되며 나중에 인쇄하거나 PDF로 이메일 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vendor:product id</source>
        <translation>제조사:제품 ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+14"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Baud rate</source>
        <translation>전송 속도(baud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow control</source>
        <translation>흐름 제어</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each receipt is saved here as a PDF, at the paper width below.</source>
        <translation>각 영수증은 아래 용지 폭으로 이 폴더에 PDF로 저장됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer and paper</source>
        <translation>프린터와 용지</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As images (any printer)</source>
        <translation>이미지로 (모든 프린터)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer&apos;s Chinese font (GB18030)</source>
        <translation>프린터 내장 중국어 글꼴 (GB18030)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer&apos;s Korean font (EUC-KR)</source>
        <translation>프린터 내장 한글 글꼴 (EUC-KR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper width</source>
        <translation>용지 폭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>코드 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese and Korean</source>
        <translation>중국어·한국어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer</source>
        <translation>돈통</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through the printer</source>
        <translation>프린터를 통해</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own serial port</source>
        <translation>별도 시리얼 포트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin 2</source>
        <translation>핀 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin 5</source>
        <translation>핀 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open after a cash payment</source>
        <translation>현금 결제 후 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer</source>
        <translation>돈통</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pin and pulse</source>
        <translation>핀과 펄스</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print test page</source>
        <translation>테스트 페이지 인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check status</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: not checked yet</source>
        <translation>상태: 아직 확인 안 함</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Auto (receipt language)</source>
        <translation>자동 (영수증 언어)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n printer(s) found on USB.</source>
        <translation>
            <numerusform>USB에서 프린터 %n대를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB printer found. Check that it is plugged in and switched on.</source>
        <translation>USB 프린터를 찾지 못했습니다. 연결되어 있고 켜져 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printer device or file</source>
        <translation>프린터 장치 또는 파일</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the receipt PDFs</source>
        <translation>영수증 PDF 폴더</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Talking to the printer…</source>
        <translation>프린터와 통신 중…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This folder can&apos;t be written. Choose another folder.</source>
        <translation>이 폴더에 쓸 수 없습니다. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test page sent to %1. Check that every line printed.</source>
        <translation>%1(으)로 테스트 페이지를 보냈습니다. 모든 줄이 인쇄됐는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder can be written. Print a test page to see a receipt PDF there.</source>
        <translation>폴더에 쓸 수 있습니다. 테스트 페이지를 인쇄하면 그곳에 영수증 PDF가 생깁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable. This connection can&apos;t report paper or cover; print a test page to be sure.</source>
        <translation>연결됨. 이 연결 방식은 용지나 덮개 상태를 알려 주지 않으니 테스트 페이지를 인쇄해 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover is open. Close it.</source>
        <translation>덮개가 열려 있습니다. 닫아 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of paper. Put in a new roll.</source>
        <translation>용지가 없습니다. 새 용지를 넣으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is offline (error or paper feed). Check its light.</source>
        <translation>프린터가 오프라인입니다(오류 또는 용지 공급 중). 표시등을 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready, but the paper roll is nearly finished.</source>
        <translation>준비됨. 하지만 용지가 거의 다 떨어졌습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: online, paper loaded, cover closed.</source>
        <translation>준비됨: 연결됨, 용지 있음, 덮개 닫힘.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a detected USB printer or type its vendor and product id.</source>
        <translation>찾은 USB 프린터를 고르거나 제조사·제품 ID를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder for the receipt PDFs.</source>
        <translation>영수증 PDF를 저장할 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+32"/>
        <source>The cash drawer did not open (%1). Check the printer and its drawer cable.</source>
        <translation>돈통이 열리지 않았습니다(%1). 프린터와 돈통 케이블을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - receipt %2 kept, press F9 to reprint</source>
        <translation>%1 - 영수증 %2 보관됨, F9를 누르면 다시 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../ui/printer_messages.py" line="+6"/>
        <source>Printer offline</source>
        <translation>프린터 오프라인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer out of paper</source>
        <translation>프린터 용지 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer cover open</source>
        <translation>프린터 덮개 열림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer not responding</source>
        <translation>프린터 응답 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer set up</source>
        <translation>영수증 프린터 미설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB printing not available on this computer</source>
        <translation>이 컴퓨터에서는 USB 인쇄를 쓸 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer error</source>
        <translation>프린터 오류</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../ui/product_editor.py" line="+33"/>
        <location line="+71"/>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>for example 1,50 (per kg for weighed goods)</source>
        <translation>예: 1.50 (무게 상품은 kg당)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>piece</source>
        <translation>개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg (weighed)</source>
        <translation>kg (무게)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one barcode a line: scan them here</source>
        <translation>한 줄에 바코드 하나: 여기에서 스캔하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item code on scale labels</source>
        <translation>저울 라벨의 품목 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>부가세율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold by</source>
        <translation>판매 단위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes</source>
        <translation>바코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLU</source>
        <translation>PLU</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>Retire</source>
        <translation>판매 중지</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no category)</source>
        <translation>(분류 없음)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Put back on sale</source>
        <translation>다시 판매</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired: the till no longer sells it; its past sales stay as they were.</source>
        <translation>판매 중지됨: 계산대에서 더 이상 팔지 않으며, 지난 판매 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold before: it can be retired, never deleted.</source>
        <translation>판매된 적이 있음: 판매 중지만 가능하며 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../ui/catalogue_model.py" line="+26"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Retired</source>
        <translation>판매 중지</translation>
    </message>
</context>
<context>
    <name>ProductResultsModel</name>
    <message>
        <location filename="../../ui/product_results_model.py" line="+18"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>단가</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../ui/backoffice_products.py" line="+165"/>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>분류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>부가세율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick keys</source>
        <translation>단축 키</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location line="-134"/>
        <source>Find by name, SKU or barcode</source>
        <translation>이름, SKU 또는 바코드로 찾기</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change prices…</source>
        <translation>가격 변경…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelf labels (PDF)…</source>
        <translation>진열대 라벨 (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 products</source>
        <translation>상품 %1개</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 prices changed.</source>
        <translation>가격 %1개를 변경했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save shelf labels</source>
        <translation>진열대 라벨 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the products to label first.</source>
        <translation>먼저 라벨을 만들 상품을 선택하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 labels saved to %2.</source>
        <translation>라벨 %1개를 %2에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-15"/>
        <source>Weight in kg, e.g. 0.450</source>
        <translation>무게(kg), 예: 0.450</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of pieces; 0 removes the line</source>
        <translation>개수 (0이면 품목 삭제)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity: %1</source>
        <translation>수량: %1</translation>
    </message>
</context>
<context>
    <name>QuickKeysTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="+59"/>
        <source>Find a product to add</source>
        <translation>추가할 상품 찾기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to the keys</source>
        <translation>키에 추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys in till order</source>
        <translation>계산대 순서의 키</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the product&apos;s name</source>
        <translation>상품 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category colour</source>
        <translation>분류 색상</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the layout</source>
        <translation>배치 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the till shows them</source>
        <translation>계산대에 보이는 모습</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="+18"/>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return items (Enter)</source>
        <translation>반품하기 (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="-242"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (refund)</source>
        <translation>%1 (환불)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap to open the receipt</source>
        <translation>누르면 영수증을 엽니다</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="+155"/>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the barcode on the receipt or type its number (T1-000123 or just 123), then press Enter.</source>
        <translation>영수증의 바코드를 스캔하거나 영수증 번호(T1-000123 또는 123)를 입력한 뒤 Enter를 누르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund (Enter)</source>
        <translation>환불 (Enter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt number</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not a quantity. Type whole pieces, or kg like 0.250.</source>
        <translation>&apos;%1&apos;은(는) 수량이 아닙니다. 개수는 정수로, 무게는 0.250처럼 kg으로 입력하세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>One less of the chosen line</source>
        <translation>선택한 품목 하나 빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more of the chosen line</source>
        <translation>선택한 품목 하나 더</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return all (F5)</source>
        <translation>전체 반품 (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return none</source>
        <translation>반품 안 함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it coming back?</source>
        <translation>반품 사유는?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To pay back</source>
        <translation>환불액</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong item</source>
        <translation>잘못된 상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed mind</source>
        <translation>단순 변심</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>유통기한 경과</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type or scan the receipt number first.</source>
        <translation>먼저 영수증 번호를 입력하거나 스캔하세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everything on receipt %1 has already been returned.</source>
        <translation>영수증 %1의 상품은 이미 모두 반품되었습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipt %1</source>
        <translation>영수증 %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose or type the reason for the refund.</source>
        <translation>환불 사유를 고르거나 입력하세요.</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location line="-268"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>판매</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>이전 반품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>이번 반품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay back</source>
        <translation>환불액</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>all returned</source>
        <translation>전부 반품됨</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Up to %1 can be returned</source>
        <translation>최대 %1 반품 가능</translation>
    </message>
</context>
<context>
    <name>RegisterCustomerDialog</name>
    <message>
        <location filename="../../ui/customer_register.py" line="+46"/>
        <source>New customer</source>
        <translation>신규 고객</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and phone are enough; the birthday earns them a gift. Tick a consent only if the customer says yes.</source>
        <translation>이름과 전화번호면 충분합니다. 생일을 넣으면 생일 선물을 받습니다. 고객이 동의한 경우에만 체크하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Enter)</source>
        <translation>등록 (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First name and surname</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any way they say it</source>
        <translation>아무 형식이나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, like %1</source>
        <translation>선택, 예: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging apps</source>
        <translation>메신저 앱</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marketing OK by</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attach %1</source>
        <translation>%1 연결</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a birthday. Type it like the example, or leave it empty.</source>
        <translation>“%1”은(는) 생일 형식이 아닙니다. 예시처럼 입력하거나 비워 두세요.</translation>
    </message>
</context>
<context>
    <name>RegularsPage</name>
    <message>
        <location filename="../../ui/backoffice_regulars.py" line="+81"/>
        <source>Regulars</source>
        <translation>단골</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments (RFM)</source>
        <translation>세그먼트(RFM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays</source>
        <translation>생일</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Slipping away</source>
        <translation>멀어지는 고객</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Who is due</source>
        <translation>재방문 예정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>다음 주</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+93"/>
        <location line="+43"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Phone or e-mail</source>
        <translation>전화 또는 이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+137"/>
        <source>Spent</source>
        <translation>구매액</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Last visit</source>
        <translation>마지막 방문</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Last 90 days</source>
        <translation>최근 90일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 10 years</source>
        <translation>최근 10년</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By spend</source>
        <translation>구매액순</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By visits</source>
        <translation>방문순</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Champions</source>
        <translation>최우수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loyal</source>
        <translation>충성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>유망</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation>이탈 위험</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>이탈</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Messaging apps</source>
        <translation>메신저 앱</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the birthday reward</source>
        <translation>생일 혜택 지급</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write contact list (CSV)…</source>
        <translation>연락처 목록 저장(CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS OK</source>
        <translation>SMS 동의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail OK</source>
        <translation>이메일 동의</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messaging OK</source>
        <translation>메신저 동의</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Birthday reward given to %1 customers (%2 had it already this year).</source>
        <translation>고객 %1명에게 생일 혜택 지급(%2명은 올해 이미 받음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact list</source>
        <translation>연락처 목록</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts written to %2; %3 left out (no consent for this channel or no contact).</source>
        <translation>연락처 %1개를 %2에 저장했습니다. %3명 제외(이 채널 동의 없음 또는 연락처 없음).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who came at least twice, the last time within 180 days, whom the shop&apos;s whole history (the BG/NBD model) gives less than an 80 % chance of still being a customer; the biggest spenders first. With too little history: regulars away for more than twice their own usual gap.</source>
        <translation>두 번 이상 왔고 마지막 방문이 180일 이내인데, 가게의 전체 기록(BG/NBD 모델)으로 볼 때 여전히 고객일 확률이 80 % 미만인 고객입니다. 구매액이 큰 순. 기록이 적으면: 평소 방문 간격의 두 배 넘게 오지 않은 단골.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Usually every</source>
        <translation>평소 간격</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Days away</source>
        <translation>미방문 일수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a customer</source>
        <translation>여전히 고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits expected (90 days)</source>
        <translation>예상 방문(90일)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers who buy a product at a steady rhythm and are due for it this week.</source>
        <translation>상품을 일정한 주기로 사며 이번 주에 다시 살 때가 된 고객.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Last bought</source>
        <translation>마지막 구매</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Expected</source>
        <translation>예상일</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Put it aside for them</source>
        <translation>따로 챙겨 두기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already reserved</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the next 7 days should sell: each product&apos;s usual sales on those weekdays over the last 8 weeks, adjusted by last year&apos;s season, plus what is reserved.</source>
        <translation>앞으로 7일 동안 팔릴 양: 최근 8주 같은 요일의 상품별 평소 판매량을 작년 계절에 맞춰 조정하고 예약분을 더했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 4 weeks these forecasts were off by %1 of what sold.</source>
        <translation>지난 4주 동안 이 예측은 실제 판매량 대비 %1 빗나갔습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a customer in the list first.</source>
        <translation>먼저 목록에서 고객을 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 put aside for %2 on %3.</source>
        <translation>%2 님을 위해 %3에 %1을(를) 따로 챙겨 두었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the shop&apos;s history…</source>
        <translation>가게 기록을 읽는 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history could not be read: %1</source>
        <translation>기록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The top 20 % of customers bring %1 of what customers spent.</source>
        <translation>상위 20 % 고객이 고객 구매액의 %1을(를) 차지합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 customers</source>
        <translation>고객 %1명</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/backoffice_reports.py" line="+54"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+144"/>
        <source>Show the numbers</source>
        <translation>숫자 보기</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Save as CSV…</source>
        <translation>CSV로 저장…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>연</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From… to…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>against the previous period</source>
        <translation>이전 기간과 비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against the same period last year</source>
        <translation>작년 같은 기간과 비교</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole shop</source>
        <translation>매장 전체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1</source>
        <translation>계산대 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period before</source>
        <translation>이전 기간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period after</source>
        <translation>다음 기간</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Working it out…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report could not be made: %1</source>
        <translation>보고서를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 to %2, compared with %3 to %4</source>
        <translation>%1 ~ %2, 비교 기간 %3 ~ %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the chart</source>
        <translation>차트 보기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as CSV</source>
        <translation>CSV로 저장</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+108"/>
        <source>Sales</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Hours and weekdays</source>
        <translation>시간대와 요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rates</source>
        <translation>부가세율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and discounts</source>
        <translation>직원과 할인</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <location line="+67"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+99"/>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Over-refunded lines</source>
        <translation>초과 환불 품목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought together</source>
        <translation>함께 구매</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales before discounts</source>
        <translation>할인 전 매출</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales (VAT included)</source>
        <translation>순매출 (부가세 포함)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+16"/>
        <location line="+50"/>
        <location line="+22"/>
        <source>Receipts</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Average basket</source>
        <translation>평균 객단가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per basket</source>
        <translation>영수증당 품목 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+131"/>
        <location line="+13"/>
        <source>This period</source>
        <translation>이번 기간</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+14"/>
        <location line="+117"/>
        <location line="+13"/>
        <source>Compared</source>
        <translation>비교 기간</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net sales %1 (%2), %3 receipts</source>
        <translation>순매출 %1 (%2), 영수증 %3건</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour or day</source>
        <translation>시간 또는 요일</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Net sales</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Busiest hour: %1:00</source>
        <translation>가장 바쁜 시간: %1:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+138"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Revenue</source>
        <translation>매출액</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>Baskets</source>
        <translation>구매 건수</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+84"/>
        <source>Refunded</source>
        <translation>환불액</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Margin</source>
        <translation>마진</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no cost price</source>
        <translation>원가 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best</source>
        <translation>상위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Least</source>
        <translation>하위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best sellers by revenue. Margins need a cost price, which products do not have yet.</source>
        <translation>매출액 기준 인기 상품입니다. 마진을 보려면 원가가 필요한데 상품에 아직 원가가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No category</source>
        <translation>카테고리 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net of VAT</source>
        <translation>부가세 제외</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>세율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>총액</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of which refunds</source>
        <translation>그중 환불</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person</source>
        <translation>직원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discounts given</source>
        <translation>제공한 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded receipts</source>
        <translation>환불 영수증</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason or product</source>
        <translation>사유 또는 상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which products come back, and why</source>
        <translation>어떤 상품이 왜 반품되는지</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>품목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>판매</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>발견 시각</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None: no line was refunded beyond what was sold.</source>
        <translation>없음: 판매량보다 많이 환불된 품목이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines two tills refunded, while offline, beyond what was sold. Both refunds happened and are kept; check the receipts and the money.</source>
        <translation>두 계산대가 오프라인 상태에서 판매량보다 많이 환불한 품목입니다. 두 환불 모두 실제로 이루어져 보관됩니다. 영수증과 금액을 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points given</source>
        <translation>적립 포인트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points redeemed</source>
        <translation>사용 포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points expired</source>
        <translation>소멸 포인트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points taken back</source>
        <translation>회수 포인트</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points outstanding at the end</source>
        <translation>기간 말 미사용 포인트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the outstanding points are worth</source>
        <translation>미사용 포인트의 가치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding points are worth %1</source>
        <translation>미사용 포인트의 가치는 %1입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Members</source>
        <translation>회원</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Everyone else</source>
        <translation>그 외 고객</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customers who bought</source>
        <translation>구매한 고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customers</source>
        <translation>신규 고객</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>재방문 고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought more than once</source>
        <translation>두 번 이상 구매</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of receipts with a known customer</source>
        <translation>고객이 확인된 영수증 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchase rate</source>
        <translation>재구매율</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spend</source>
        <translation>지출</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>average basket</source>
        <translation>평균 객단가</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average basket: members against everyone else</source>
        <translation>평균 객단가: 회원 대 그 외 고객</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bought with</source>
        <translation>함께 산 상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baskets with both</source>
        <translation>둘 다 있는 구매 건수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lift</source>
        <translation>향상도(lift)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs among the %1 most bought products; lift 2 means twice as often as chance</source>
        <translation>가장 많이 팔린 상품 %1개 사이의 조합입니다. 향상도 2는 우연보다 두 배 자주라는 뜻입니다</translation>
    </message>
</context>
<context>
    <name>ReservationSection</name>
    <message>
        <location filename="../../ui/backoffice_loyalty.py" line="+54"/>
        <source>Reservations</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit on cancel</source>
        <translation>취소 시 보증금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the deposit back when a reservation is cancelled</source>
        <translation>예약이 취소되면 보증금을 돌려줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: the shop keeps the deposit of a cancelled reservation.</source>
        <translation>체크하지 않으면 취소된 예약의 보증금은 매장이 가집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not collected after</source>
        <translation>미수령 기한</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the pick-up date until an uncollected reservation expires and the goods go back on sale.</source>
        <translation>수령일 이후 이 일수가 지나면 미수령 예약이 만료되고 상품이 다시 판매됩니다.</translation>
    </message>
</context>
<context>
    <name>ReservationsDialog</name>
    <message>
        <location filename="../../ui/reservations_view.py" line="+23"/>
        <source>Reservations</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers asked to put aside. Enter picks up the highlighted one: it becomes the sale, with its deposit already counted.</source>
        <translation>고객이 보관을 요청한 상품입니다. Enter를 누르면 선택한 예약을 수령 처리해 판매로 불러오며, 예약금은 이미 반영됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick up (Enter)</source>
        <translation>수령 (Enter)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark ready</source>
        <translation>준비 완료로 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reservation</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due today (%1)</source>
        <translation>오늘 수령 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue (%1)</source>
        <translation>기한 지남 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready (%1)</source>
        <translation>준비 완료 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coming up (%1)</source>
        <translation>예정 (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Press “Cancel reservation” again to cancel %1&apos;s reservation.</source>
        <translation>%1 님의 예약을 취소하려면 ‘예약 취소’를 한 번 더 누르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit of %1 is paid back.</source>
        <translation>예약금 %1은(는) 환불됩니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The deposit of %1 is kept.</source>
        <translation>예약금 %1은(는) 환불되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ReservationsModel</name>
    <message>
        <location line="-212"/>
        <source>Pick-up</source>
        <translation>수령일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit</source>
        <translation>예약금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>준비 완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Repeats every %1 days</source>
        <translation>%1일마다 반복</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../ui/reserve_dialog.py" line="+24"/>
        <source>Reserve for %1</source>
        <translation>%1 고객 예약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items of this sale are put aside until the pick-up day; nothing is paid now but an optional deposit.</source>
        <translation>이 거래의 상품을 수령일까지 보관합니다. 지금은 원하면 예약금만 받습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserve (Enter)</source>
        <translation>예약 (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick-up day</source>
        <translation>수령일</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit paid now</source>
        <translation>지금 받는 예약금</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: sliced thin, ready by 5 pm…</source>
        <translation>선택: 얇게 썰어서, 오후 5시까지 준비…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week on the same day</source>
        <translation>매주 같은 요일</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan or add the items to put aside first.</source>
        <translation>먼저 보관할 상품을 스캔하거나 추가하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not an amount. Type it like 20 or 12.50.</source>
        <translation>“%1”은(는) 금액이 아닙니다. 5000처럼 숫자로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backoffice_backups.py" line="+14"/>
        <source>Restore this backup?</source>
        <translation>이 백업을 복원할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring replaces all of the shop&apos;s data on this computer with the backup&apos;s. Sales made after the backup are not in it. The data as it is now is kept aside in a safety copy.</source>
        <translation>복원하면 이 컴퓨터의 매장 데이터 전체가 백업의 데이터로 바뀝니다. 백업 이후의 판매는 들어 있지 않습니다. 현재 데이터는 안전 사본으로 따로 보관됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the shop&apos;s data (Enter)</source>
        <translation>매장 데이터 바꾸기 (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sales</source>
        <translation>판매 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop</source>
        <translation>매장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made at</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last receipt</source>
        <translation>마지막 영수증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>내용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sales, %2 refunds, %3 customers, %4 products</source>
        <translation>판매 %1건, 환불 %2건, 고객 %3명, 상품 %4개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces</source>
        <translation>바꿀 대상</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup is of another shop or till (%1 · %2): this computer would become it.</source>
        <translation>이 백업은 다른 매장 또는 계산대(%1 · %2)의 것입니다: 이 컴퓨터가 그 매장이 됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This till is connected to a server, which holds the sales made after this backup. After a restore the till would number receipts again from %1: restore a server&apos;s till only with help.</source>
        <translation>이 계산대는 서버에 연결되어 있으며, 서버에 이 백업 이후의 판매가 있습니다. 복원하면 계산대가 영수증 번호를 %1부터 다시 매깁니다: 서버에 연결된 계산대는 도움을 받아서만 복원하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="+132"/>
        <source>Shop settings</source>
        <translation>매장 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change what you need, then Save. Every change is recorded with your name.</source>
        <translation>필요한 것을 바꾼 뒤 저장하세요. 모든 변경은 이름과 함께 기록됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save  Ctrl+S</source>
        <translation>저장  Ctrl+S</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You have changes not saved: press Save (Ctrl+S), or leave again to drop them.</source>
        <translation>저장하지 않은 변경이 있습니다. 저장(Ctrl+S)을 누르거나, 다시 나가면 변경을 버립니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/staff_messages.py" line="+32"/>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>저장되지 않았습니다. 빨간색으로 표시된 항목을 고치세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>매장 설정은 점주만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. Fields changed: %1.</source>
        <translation>저장했습니다. 바뀐 항목: %1개.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>바뀐 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="+107"/>
        <source>Welcome to Bottega</source>
        <translation>Bottega에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up your shop</source>
        <translation>매장 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change everything later. The owner&apos;s PIN signs in at the till.</source>
        <translation>나중에 모두 바꿀 수 있습니다. 점주 PIN으로 포스에 로그인합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop name</source>
        <translation>매장 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner&apos;s name</source>
        <translation>점주 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN (4~8자리)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the shop&apos;s name and the owner&apos;s name.</source>
        <translation>매장 이름과 점주 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN은 4~8자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>두 PIN이 다릅니다. 같은 PIN을 두 번 입력하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is ready</source>
        <translation>%1 준비 완료</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has no products and no staff yet. In the back office you add your products, your cashiers and the receipt header; you can come back to it any time from the sign-in screen (Back office) or the till (Ctrl+B).</source>
        <translation>아직 상품과 직원이 없습니다. 백오피스에서 상품, 계산원, 영수증 머리글을 추가하세요. 로그인 화면(백오피스)이나 계산대(Ctrl+B)에서 언제든 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the back office</source>
        <translation>백오피스 열기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the sign-in</source>
        <translation>로그인 화면으로</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <location filename="../../ui/backoffice_settings.py" line="-187"/>
        <source>Shop and receipt</source>
        <translation>매장과 영수증</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop name</source>
        <translation>매장 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed large at the top of every receipt and shown on the tills.</source>
        <translation>모든 영수증 맨 위에 크게 인쇄되고 계산대에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the name; one line per line.</source>
        <translation>이름 아래에 줄마다 인쇄됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax id</source>
        <translation>사업자 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s tax number in %1, printed on receipts and invoices; checked before it is saved.</source>
        <translation>%1의 매장 사업자 번호로, 영수증과 청구서에 인쇄됩니다. 저장 전에 확인합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt header</source>
        <translation>영수증 머리글</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines under the address: opening hours, a phone, a website.</source>
        <translation>주소 아래에 넣을 문구: 영업시간, 전화번호, 웹사이트.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt footer</source>
        <translation>영수증 바닥글</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lines at the end of each receipt: returns policy, a greeting.</source>
        <translation>영수증 끝에 넣을 문구: 반품 규정, 인사말.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt language</source>
        <translation>영수증 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of receipts and reports, whatever language the cashier&apos;s screen is in.</source>
        <translation>계산원 화면 언어와 관계없이 영수증과 보고서에 쓰는 언어입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount limit (%)</source>
        <translation>할인 한도 (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A larger discount needs someone allowed to give it (see Staff).</source>
        <translation>더 큰 할인은 권한이 있는 사람이 해야 합니다(직원 참조).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash notes</source>
        <translation>현금 지폐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quick amounts offered for cash payments; separate them with spaces.</source>
        <translation>현금 결제 시 빠른 금액 버튼입니다. 공백으로 구분하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round totals paid wholly in cash to 5 cents</source>
        <translation>전액 현금 결제 시 합계를 5센트 단위로 반올림</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash rounding</source>
        <translation>현금 반올림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed as its own line on the receipt; card payments are never rounded.</source>
        <translation>영수증에 별도 줄로 인쇄됩니다. 카드 결제는 반올림하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale labels by weight</source>
        <translation>저울 라벨(무게)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is a weight in grams, e.g. 21 22.</source>
        <translation>숫자가 그램 단위 무게인 라벨의 바코드 접두어. 예: 21 22.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale labels by price</source>
        <translation>저울 라벨(가격)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode prefixes of labels whose number is the price, e.g. 23 24.</source>
        <translation>숫자가 가격인 라벨의 바코드 접두어. 예: 23 24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item code digits</source>
        <translation>상품 코드 자릿수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many digits after the prefix name the product (its PLU) on a scale label.</source>
        <translation>저울 라벨에서 접두어 다음 몇 자리가 상품(PLU)인지입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last year</source>
        <translation>최근 1년</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last %1 years</source>
        <translation>최근 %1년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other tills&apos; sales kept</source>
        <translation>다른 계산대 판매 보관 기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far back each till keeps the sales of the other tills, for customer cards and refunds anywhere. Older ones are forgotten at the tills once a day; the server keeps everything, and each till keeps its own sales.</source>
        <translation>각 계산대가 고객 카드와 어느 계산대에서나 하는 환불을 위해 다른 계산대의 판매를 얼마나 오래 보관할지 정합니다. 그보다 오래된 판매는 하루에 한 번 계산대에서 지워지며, 서버는 모두 보관하고 각 계산대는 자신의 판매를 보관합니다.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in_dialog.py" line="+26"/>
        <source>Back office · Owners and managers: tap your name, then type your PIN.</source>
        <translation>백오피스 · 점주와 관리자: 이름을 누른 뒤 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · Tap your name, then type your PIN.</source>
        <translation>포스 %1 · 이름을 누르고 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottega – sign in</source>
        <translation>Bottega – 로그인</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottega – back office – sign in</source>
        <translation>Bottega – 백오피스 – 로그인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit (Esc)</source>
        <translation>종료 (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back office  Ctrl+B</source>
        <translation>백오피스  Ctrl+B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who is working?</source>
        <translation>누가 근무하나요?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cashier</source>
        <translation>계산원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>점주</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose your name first</source>
        <translation>먼저 이름을 고르세요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can try your PIN again.</source>
        <translation>PIN을 다시 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN for %1</source>
        <translation>%1 PIN</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tap your name first (or press its F-key), type your PIN, then Back office.</source>
        <translation>먼저 이름을 누르고(또는 해당 F 키), PIN을 입력한 뒤 백오피스를 누르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back office is for owners and managers.</source>
        <translation>백오피스는 점주와 관리자만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your PIN, then press Back office (Ctrl+B).</source>
        <translation>PIN을 입력한 뒤 백오피스(Ctrl+B)를 누르세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap your name first (or press its F-key), then type your PIN.</source>
        <translation>먼저 이름을 누르고(또는 해당 F키), PIN을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN은 4~8자리 숫자입니다.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+50"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>비활성</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+13"/>
        <source>Cashier</source>
        <translation>계산원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>점주</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone who signs in at the tills. Deactivated people keep their sales but can no longer sign in.</source>
        <translation>계산대에 로그인하는 모든 사람입니다. 비활성화된 사람의 판매 기록은 남지만 더 이상 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add someone</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN (4-8 digits)</source>
        <translation>PIN (4-8자리)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN 다시 입력</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected person</source>
        <translation>선택한 직원</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Choose someone in the list.</source>
        <translation>목록에서 직원을 선택하세요.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>New PIN</source>
        <translation>새 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set PIN</source>
        <translation>PIN 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset PIN</source>
        <translation>PIN 재설정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What each role may do without a manager&apos;s PIN</source>
        <translation>관리자 PIN 없이 역할별로 할 수 있는 일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>모두</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Managers and owners</source>
        <translation>관리자와 점주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners only</source>
        <translation>점주만</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Someone below the role chosen needs the PIN of someone at or above it.</source>
        <translation>선택한 역할보다 아래인 사람은 그 역할 이상인 사람의 PIN이 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the owner changes these.</source>
        <translation>이 항목은 점주만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save permissions</source>
        <translation>권한 저장</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reactivate with the new PIN</source>
        <translation>새 PIN으로 다시 활성화</translation>
    </message>
    <message>
        <location filename="../../ui/staff_messages.py" line="-16"/>
        <source>A PIN is 4 to 8 digits, 0-9 only.</source>
        <translation>PIN은 0-9로 된 4~8자리 숫자입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else already uses this PIN. Choose another one.</source>
        <translation>다른 사람이 이미 이 PIN을 씁니다. 다른 PIN을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the person&apos;s name.</source>
        <translation>직원 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the shop&apos;s last owner: make someone else owner first.</source>
        <translation>매장의 마지막 점주입니다. 먼저 다른 사람을 점주로 지정하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can&apos;t deactivate yourself; ask another manager or the owner.</source>
        <translation>자기 자신은 비활성화할 수 없습니다. 다른 관리자나 점주에게 요청하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner can do this.</source>
        <translation>점주만 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager can only manage cashiers; ask the owner.</source>
        <translation>관리자는 계산원만 관리할 수 있습니다. 점주에게 요청하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person is no longer in the list. Choose again.</source>
        <translation>이 직원은 더 이상 목록에 없습니다. 다시 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/backoffice_staff.py" line="+20"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>두 PIN이 다릅니다. 같은 PIN을 두 번 입력하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 can now sign in with their PIN.</source>
        <translation>이제 %1 님이 PIN으로 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New PIN saved for %1.</source>
        <translation>%1 님의 새 PIN을 저장했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s new PIN is %2. Tell them, and ask them to change it.</source>
        <translation>%1 님의 새 PIN은 %2입니다. 알려 주고 바꾸도록 하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s role is changed.</source>
        <translation>%1 님의 역할을 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is deactivated: their sales stay theirs.</source>
        <translation>%1 님을 비활성화했습니다. 판매 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can sign in again with the new PIN.</source>
        <translation>%1 님이 새 PIN으로 다시 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permissions saved; the tills follow them at once.</source>
        <translation>권한을 저장했습니다. 계산대에 바로 적용됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed.</source>
        <translation>바뀐 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../ui/sync_settings.py" line="+27"/>
        <source>Server and sync</source>
        <translation>서버 및 동기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till works on its own and sends its sales, customers and points to the shop&apos;s server whenever it is online.</source>
        <translation>이 계산대는 혼자서도 작동하며, 온라인일 때마다 판매, 고객, 포인트를 매장 서버로 보냅니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline, points can pay only up to the balance this till knows: points earned at another till count here once both tills have synced.</source>
        <translation>오프라인에서는 이 계산대가 아는 잔액까지만 포인트로 결제할 수 있습니다. 다른 계산대에서 적립한 포인트는 두 계산대가 모두 동기화된 뒤에 반영됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrol this till</source>
        <translation>이 계산대 등록</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Till %1</source>
        <translation>계산대 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment code</source>
        <translation>등록 코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Till name</source>
        <translation>계산대 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol</source>
        <translation>등록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of the server</source>
        <translation>서버에서 로그아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export waiting changes and sign out…</source>
        <translation>대기 중인 변경 내보내기 후 로그아웃…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager can enrol this till or sign it out.</source>
        <translation>관리자만 이 계산대를 등록하거나 로그아웃할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>전송 대기 중인 변경: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused %1 of them in the last sync; they stay here and are kept.</source>
        <translation>지난 동기화에서 서버가 그중 %1건을 거부했습니다. 이 변경은 여기에 그대로 보관됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records from the server could not be used here and were set aside; the rest synced.</source>
        <translation>서버에서 받은 기록 %1건은 여기서 사용할 수 없어 따로 보관했습니다. 나머지는 동기화되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change %1 (%2): %3</source>
        <translation>변경 %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s history is arriving, newest first: %1 of %2 records. The till works meanwhile.</source>
        <translation>매장 기록을 최신 것부터 받는 중입니다: %2건 중 %1건. 그동안에도 계산대를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines were refunded at two tills beyond what was sold, while offline: see the Z report.</source>
        <translation>오프라인 상태에서 두 계산대가 %1개 품목을 판매량보다 많이 환불했습니다: Z 보고서를 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful sync: %1</source>
        <translation>마지막 동기화 성공: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Bottega window on this computer syncs this shop&apos;s data.</source>
        <translation>이 컴퓨터의 다른 Bottega 창이 이 매장의 데이터를 동기화하고 있습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type the server address, the enrolment code and a name for this till.</source>
        <translation>서버 주소, 등록 코드, 이 계산대의 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enrolled: this till now syncs with %1.</source>
        <translation>등록 완료: 이제 이 계산대는 %1 서버와 동기화합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This till is no longer connected to a server. Its sales are kept here.</source>
        <translation>이 계산대는 더 이상 서버에 연결되어 있지 않습니다. 판매 기록은 여기에 보관됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting changes were saved to %2; this till is no longer connected to a server.</source>
        <translation>대기 중이던 변경 %1건을 %2에 저장했습니다. 이 계산대는 더 이상 서버에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export waiting changes</source>
        <translation>대기 중인 변경 내보내기</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../ui/dialog_parts.py" line="+80"/>
        <source>Cancel (Esc)</source>
        <translation>취소 (Esc)</translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till_header.py" line="+38"/>
        <source>Printer  Ctrl+P</source>
        <translation>프린터  Ctrl+P</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reprint  F9</source>
        <translation>재인쇄  F9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back office  Ctrl+B</source>
        <translation>백오피스  Ctrl+B</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cashier</source>
        <translation>계산원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>점주</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not yet fiscal (RT): %1</source>
        <translation>아직 세무 처리 안 됨 (RT): %1</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+76"/>
        <source>Scan a barcode or type a product name or code  (F2)</source>
        <translation>바코드를 스캔하거나 상품명·코드를 입력하세요  (F2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quantity
F3</source>
        <translation>수량
F3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discount
F4</source>
        <translation>품목 할인
F4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price
F5</source>
        <translation>가격 변경
F5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line
Del</source>
        <translation>품목 삭제
Del</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer
F1</source>
        <translation>고객
F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved
Ctrl+R</source>
        <translation>예약
Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+31"/>
        <source>TOTAL</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+15"/>
        <source>Sale discount
F6</source>
        <translation>전체 할인
F6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park
F7</source>
        <translation>보류
F7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall
F8</source>
        <translation>보류 호출
F8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund
F10</source>
        <translation>환불
F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in/out
F11</source>
        <translation>입출금
F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale
Ctrl+D</source>
        <translation>돈통 열기
Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void sale
Ctrl+Del</source>
        <translation>거래 취소
Ctrl+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close shift
Ctrl+F12</source>
        <translation>마감
Ctrl+F12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock
Ctrl+L</source>
        <translation>잠금
Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PAY  F12</source>
        <translation>결제  F12</translation>
    </message>
    <message>
        <location filename="../../ui/totals_panel.py" line="+7"/>
        <source>Lines: %1</source>
        <translation>품목 수: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAT %1%: %2</source>
        <translation>부가세 %1%: %2</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+51"/>
        <source>REFUND – reason: %1. Press F12 to pay back, Ctrl+Del to cancel.</source>
        <translation>환불 – 사유: %1. F12: 환불 진행, Ctrl+Del: 취소.</translation>
    </message>
    <message>
        <location filename="../../ui/till_header.py" line="-18"/>
        <source>Till %1 · shift open</source>
        <translation>포스 %1 · 근무 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till %1 · no shift open</source>
        <translation>포스 %1 · 근무 시작 전</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+79"/>
        <source>No product matches “%1”. Check the spelling or scan the barcode.</source>
        <translation>“%1”에 맞는 상품이 없습니다. 철자를 확인하거나 바코드를 스캔하세요.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+18"/>
        <source>Finish or cancel the refund before selling.</source>
        <translation>판매하기 전에 환불을 마치거나 취소하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/till_line_actions.py" line="+46"/>
        <source>Discount on %1</source>
        <translation>할인: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discount on the whole sale</source>
        <translation>거래 전체 할인</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sale cancelled.</source>
        <translation>거래를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="+24"/>
        <source>Refund %1 recorded: %2 paid back.</source>
        <translation>환불 %1 기록 완료: %2 환불.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded. Change due: %2</source>
        <translation>판매 %1 기록 완료. 거스름돈: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale %1 recorded.</source>
        <translation>판매 %1 기록 완료.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No receipt to reprint yet.</source>
        <translation>아직 다시 인쇄할 영수증이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing a copy of receipt %1.</source>
        <translation>영수증 %1 사본을 인쇄합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing receipt %1 again.</source>
        <translation>영수증 %1을(를) 다시 인쇄합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sale parked. Press F8 to recall it.</source>
        <translation>거래를 보류했습니다. F8을 누르면 다시 불러옵니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parked sale recalled.</source>
        <translation>보류 거래를 불러왔습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish, park or cancel this sale before a refund.</source>
        <translation>환불하기 전에 이 거래를 마치거나 보류 또는 취소하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash movement recorded.</source>
        <translation>입출금을 기록했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawer opened (no sale) – recorded in the audit log.</source>
        <translation>돈통 열림(판매 없음) – 감사 기록에 남았습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish, park or cancel this sale before closing the shift.</source>
        <translation>마감하기 전에 이 거래를 마치거나 보류 또는 취소하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printer settings saved.</source>
        <translation>프린터 설정을 저장했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The back office is for owners and managers.</source>
        <translation>백오피스는 점주와 관리자만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish, park or cancel this sale before opening the back office.</source>
        <translation>백오피스를 열기 전에 이 판매를 끝내거나 보류하거나 취소하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Locked</source>
        <translation>잠금</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../ui/line_dialogs.py" line="-12"/>
        <source>“%1” is not a valid value. Correct it and press Enter.</source>
        <translation>“%1”은(는) 올바른 값이 아닙니다. 고친 뒤 Enter를 누르세요.</translation>
    </message>
</context>
<context>
    <name>VatRatesTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-74"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rate</source>
        <translation>세율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code on the receipt</source>
        <translation>영수증의 코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate (%)</source>
        <translation>세율 (%)</translation>
    </message>
</context>
<context>
    <name>ZReportView</name>
    <message>
        <location filename="../../ui/zreport_view.py" line="+69"/>
        <source>Z report no. %1</source>
        <translation>Z 정산 %1번</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X report · shift still open</source>
        <translation>X 정산 · 근무 중</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Till %1</source>
        <translation>포스 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened %1</source>
        <translation>시작 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Takings</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales (%1)</source>
        <translation>판매 (%1건)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds (%1)</source>
        <translation>환불 (%1건)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts given</source>
        <translation>할인 합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net total</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash rounding</source>
        <translation>현금 반올림</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refunded beyond what was sold</source>
        <translation>판매량을 초과한 환불</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on receipt %2: %3 sold, %4 refunded by %5</source>
        <translation>영수증 %2의 %1: %3개 판매, %5에서 %4개 환불</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>세율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>공급가액</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sales yet</source>
        <translation>아직 판매 없음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments yet</source>
        <translation>아직 결제 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash drawer</source>
        <translation>돈통 시재</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>준비금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash payments</source>
        <translation>현금 결제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>입금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>출금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in the drawer</source>
        <translation>예상 시재</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted</source>
        <translation>실제 시재</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference · short</source>
        <translation>차액 · 부족</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference · over</source>
        <translation>차액 · 초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>차액</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../ui/catalogue_tabs.py" line="-94"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backup_messages.py" line="+15"/>
        <source>No backup folder is chosen yet: choose one on the Backups page.</source>
        <translation>아직 백업 폴더를 선택하지 않았습니다: 백업 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is not there. Plug in the USB stick or connect the network folder, or choose another folder.</source>
        <translation>백업 폴더 %1이(가) 없습니다. USB 메모리를 꽂거나 네트워크 폴더를 연결하거나 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bottega may not write into %1. Choose a folder you can write to.</source>
        <translation>Bottega가 %1에 쓸 수 없습니다. 쓸 수 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup folder %1 is full. Free some space or keep fewer backups.</source>
        <translation>백업 폴더 %1이(가) 가득 찼습니다. 공간을 비우거나 보관할 백업 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its check and was thrown away. Try again; if it fails again, call for help.</source>
        <translation>복사본이 검사를 통과하지 못해 버렸습니다. 다시 시도하고, 또 실패하면 도움을 요청하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Bottega backup, or it is damaged.</source>
        <translation>이 파일은 Bottega 백업이 아니거나 손상되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made by a newer Bottega. Update Bottega first.</source>
        <translation>이 백업은 더 새로운 Bottega로 만들었습니다. 먼저 Bottega를 업데이트하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s data is still open elsewhere (another Bottega window or till on this file). Close it and try again.</source>
        <translation>매장 데이터가 다른 곳에서 아직 열려 있습니다(이 파일을 쓰는 다른 Bottega 창이나 계산대). 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>백업 실패: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup %1</source>
        <translation>마지막 백업 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup yet</source>
        <translation>백업 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backups set up</source>
        <translation>백업 미설정</translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../ui/campaign_messages.py" line="+15"/>
        <source>Give the campaign a name.</source>
        <translation>캠페인 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupons must be valid until today or later, and not end before they start.</source>
        <translation>쿠폰은 오늘 이후까지 유효해야 하며, 시작하기 전에 끝날 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer is in this group today: choose another group.</source>
        <translation>오늘은 이 그룹에 고객이 없습니다. 다른 그룹을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer is an amount above zero, or a percent from 1 to 100.</source>
        <translation>혜택은 0보다 큰 금액이거나 1에서 100 사이의 퍼센트입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This group of customers is not known here: choose another group.</source>
        <translation>이 고객 그룹은 여기서 알 수 없습니다. 다른 그룹을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This campaign is no longer here. The list is up to date again.</source>
        <translation>이 캠페인은 더 이상 없습니다. 목록을 다시 최신으로 고쳤습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthday reward goes 0 to 30 days before the birthday.</source>
        <translation>생일 혜택은 생일 0~30일 전에 보냅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thank-you comes at the 2nd visit or later.</source>
        <translation>감사 쿠폰은 2번째 방문 이후부터 드립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is valid for 1 to 365 days.</source>
        <translation>쿠폰은 1일에서 365일 동안 유효합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coupon is worth an amount above zero, or a percent from 1 to 100.</source>
        <translation>쿠폰 금액은 0보다 큰 금액이거나 1에서 100 사이의 퍼센트입니다.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../ui/catalogue_messages.py" line="+17"/>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters.</source>
        <translation>최대 %1자입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number. Type for example 10 or 0,50.</source>
        <translation>&apos;%1&apos;은(는) 숫자가 아닙니다. 예: 10 또는 0.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a price. Type for example 1,50.</source>
        <translation>&apos;%1&apos;은(는) 가격이 아닙니다. 예: 1.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: prices here are in whole units, without decimals. Type for example 1500.</source>
        <translation>&apos;%1&apos;: 이 매장의 가격은 소수점 없이 정수 단위입니다. 예: 1500</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost less than nothing.</source>
        <translation>%1 (%2)의 가격이 0보다 작아집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>가격은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) would cost too much.</source>
        <translation>%1 (%2)의 가격이 너무 커집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is far too large for a price.</source>
        <translation>&apos;%1&apos;은(는) 가격으로 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an EAN-13, EAN-8 or UPC-A barcode (8, 12 or 13 digits).</source>
        <translation>%1은(는) EAN-13, EAN-8, UPC-A 바코드가 아닙니다 (8, 12, 13자리).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a wrong check digit: scan it again or check the last digit.</source>
        <translation>%1의 검증 숫자가 틀립니다. 다시 스캔하거나 마지막 자리를 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts like a scale label (weight or price inside): give a weighed item a PLU instead.</source>
        <translation>%1은(는) 저울 라벨처럼 시작합니다 (무게나 가격 포함). 무게 상품에는 PLU를 지정하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already used by %2.</source>
        <translation>%1은(는) 이미 %2에서 사용 중입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is listed twice (%2).</source>
        <translation>%1이(가) 두 번 있습니다 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits only.</source>
        <translation>숫자만 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one from the list.</source>
        <translation>목록에서 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose piece or kg.</source>
        <translation>개 또는 kg을 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A colour is written #rrggbb, for example #2a9d8f.</source>
        <translation>색상은 #rrggbb 형식입니다. 예: #2a9d8f</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a percentage from 0 to 100.</source>
        <translation>&apos;%1&apos;은(는) 0~100 사이의 백분율이 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU of a product shared with the server cannot change (it was %1).</source>
        <translation>서버와 공유하는 상품의 SKU는 바꿀 수 없습니다 (기존: %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VAT rate %1 is used by %2 products: give them another rate first.</source>
        <translation>부가세율 %1을(를) 상품 %2개가 사용 중입니다. 먼저 다른 세율을 지정하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category %1 has %2 products: move them to another category first.</source>
        <translation>%1 분류에 상품이 %2개 있습니다. 먼저 다른 분류로 옮기세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of %1 changed meanwhile. Nothing was written: preview again.</source>
        <translation>그사이 %1의 가격이 바뀌었습니다. 아무것도 저장하지 않았습니다. 다시 미리 보기 하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product would change: choose products and a change first.</source>
        <translation>바뀌는 상품이 없습니다. 먼저 상품과 변경 내용을 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was deleted meanwhile. The list is up to date again.</source>
        <translation>그사이 삭제되었습니다. 목록을 다시 최신으로 바꿨습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner or a manager may change the catalogue.</source>
        <translation>점주나 관리자만 상품 목록을 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../ui/customer_messages.py" line="-62"/>
        <source>&apos;%1&apos; is not a phone number that can exist. Check the digits, or add the country code (+44 ...) for a foreign number.</source>
        <translation>&apos;%1&apos;은(는) 있을 수 없는 전화번호입니다. 숫자를 확인하거나, 해외 번호는 국가 번호(+44 ...)를 붙이세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an e-mail address. Check it, or leave the field empty.</source>
        <translation>&apos;%1&apos;은(는) 이메일 주소가 아닙니다. 확인하거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the customer&apos;s name (a first name is enough).</source>
        <translation>고객 이름을 입력하세요(이름만 써도 됩니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>이 전화번호는 이미 %1 고객의 번호입니다. 카드를 새로 만들지 말고 그 고객을 연결하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail already belongs to %1. Attach them instead of registering a second card.</source>
        <translation>이 이메일은 이미 %1 고객의 이메일입니다. 카드를 새로 만들지 말고 그 고객을 연결하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the customer&apos;s %1: it is too long, has too many entries or is not a possible value.</source>
        <translation>고객의 %1을(를) 확인하세요. 너무 길거나, 항목이 너무 많거나, 가능한 값이 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That customer no longer exists (erased or merged). Search again.</source>
        <translation>이 고객은 더 이상 없습니다(삭제 또는 병합됨). 다시 검색하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a loyalty card code, or it has a typo. Scan the card again or search by phone.</source>
        <translation>멤버십 카드 코드가 아니거나 오타가 있습니다. 카드를 다시 스캔하거나 전화번호로 검색하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer has the card %1. Search by phone or name and reissue their card.</source>
        <translation>카드 %1을(를) 가진 고객이 없습니다. 전화번호나 이름으로 찾아 카드를 다시 발급하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card was reported lost and replaced. Search the customer by phone and use their new card.</source>
        <translation>분실 신고 후 재발급된 카드입니다. 전화번호로 고객을 찾아 새 카드를 쓰세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 points available, %2 needed. Pay the rest another way.</source>
        <translation>사용 가능 포인트는 %1, 필요한 포인트는 %2입니다. 나머지는 다른 방법으로 결제하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coupon %1 does not exist. Check the code.</source>
        <translation>쿠폰 %1이(가) 없습니다. 코드를 확인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has already been used.</source>
        <translation>쿠폰 %1은(는) 이미 사용되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 has expired.</source>
        <translation>쿠폰 %1은(는) 기간이 지났습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 is not valid yet.</source>
        <translation>쿠폰 %1은(는) 아직 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 belongs to another customer. Attach them first.</source>
        <translation>쿠폰 %1은(는) 다른 고객의 쿠폰입니다. 먼저 그 고객을 연결하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This reservation is already %1; it can&apos;t be changed that way.</source>
        <translation>이 예약은 이미 %1 상태라 그렇게 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback_messages.py" line="+15"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>메모가 너무 깁니다. 최대 %1자입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the customer said or what is to be done.</source>
        <translation>고객이 한 말이나 해야 할 일을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose whether it is a complaint, praise or a request.</source>
        <translation>불만, 칭찬, 요청 중 무엇인지 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority: low, normal or high.</source>
        <translation>우선순위를 고르세요: 낮음, 보통, 높음.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who is to do it: an active member of the staff.</source>
        <translation>누가 할지 고르세요: 활성 상태인 직원이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the day it is due.</source>
        <translation>마감일을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can&apos;t be kept as it is typed. Check it and try again.</source>
        <translation>입력한 그대로는 저장할 수 없습니다. 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is no longer here (it was resolved or removed). The list is up to date again.</source>
        <translation>이 메모는 더 이상 없습니다(해결되었거나 삭제됨). 목록을 다시 최신으로 고쳤습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaint</source>
        <translation>불만</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Praise</source>
        <translation>칭찬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Till</source>
        <translation>계산대</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back office</source>
        <translation>관리 화면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answer</source>
        <translation>NPS 응답</translation>
    </message>
</context>
<context>
    <name>fiscal</name>
    <message>
        <location filename="../../ui/fiscal_messages.py" line="-18"/>
        <source>Fiscal register: %1. The till tries again by itself; check the RT if it goes on.</source>
        <translation>금전등록기: %1. 계산대가 스스로 다시 시도합니다. 계속되면 등록기를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="-119"/>
        <source>A discount above the cashier&apos;s limit</source>
        <translation>계산원 한도를 넘는 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a price</source>
        <translation>가격 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the drawer without a sale</source>
        <translation>판매 없이 돈통 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing a line or cancelling a sale</source>
        <translation>품목 삭제나 판매 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking cash out of the drawer</source>
        <translation>돈통에서 현금 출금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correcting a customer&apos;s points</source>
        <translation>고객 포인트 조정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing a customer&apos;s personal data</source>
        <translation>고객 개인정보 삭제</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is not a valid barcode - check digit wrong or unreadable. Scan again or type the product name.</source>
        <translation>&apos;%1&apos;은(는) 올바른 바코드가 아닙니다(검증 숫자 오류 또는 판독 불가). 다시 스캔하거나 상품명을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No product has the barcode &apos;%1&apos;. Type the product name to find it, or ask a manager to add the barcode.</source>
        <translation>바코드 &apos;%1&apos;인 상품이 없습니다. 상품명으로 찾거나, 관리자에게 바코드 등록을 요청하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong PIN - 1 attempt left before the till locks.</source>
        <translation>PIN이 틀렸습니다. 1번 더 틀리면 포스가 잠깁니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrong PIN - %n attempts left</source>
        <translation>
            <numerusform>PIN이 틀렸습니다. 남은 시도: %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many wrong PINs. The till is locked for %n s.</source>
        <translation>
            <numerusform>PIN을 너무 많이 틀렸습니다. 포스가 %n초 동안 잠깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs the owner&apos;s PIN; this PIN can&apos;t approve it.</source>
        <translation>%1에는 점주의 PIN이 필요합니다. 이 PIN으로는 승인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s or the owner&apos;s PIN; a cashier&apos;s PIN can&apos;t approve it.</source>
        <translation>%1에는 관리자나 점주의 PIN이 필요합니다. 계산원 PIN으로는 승인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs the owner&apos;s approval. Ask the owner to type their PIN.</source>
        <translation>%1에는 점주의 승인이 필요합니다. 점주에게 PIN 입력을 요청하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a manager&apos;s approval. Ask a manager to type their PIN.</source>
        <translation>%1에는 관리자 승인이 필요합니다. 관리자에게 PIN 입력을 요청하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount is more than the amount it applies to. Type a smaller discount.</source>
        <translation>할인이 적용 금액보다 큽니다. 더 작은 할인을 입력하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount is more than the %1 it applies to. Type a smaller discount.</source>
        <translation>할인이 적용 금액 %1보다 큽니다. 더 작은 할인을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment can&apos;t be more than what is due. Type a smaller amount.</source>
        <translation>카드 결제는 받을 금액을 넘을 수 없습니다. 더 작은 금액을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payments don&apos;t cover the total yet. Take another payment.</source>
        <translation>결제 금액이 아직 합계에 못 미칩니다. 추가 결제를 받으세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still to pay. Take another payment.</source>
        <translation>남은 금액: %1. 추가 결제를 받으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shift is open on this till. Open a shift and count the float first.</source>
        <translation>이 포스에 시작된 근무가 없습니다. 먼저 근무를 시작하고 준비금을 세세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift is already open on this till. Close it (Z report) before opening a new one.</source>
        <translation>이 포스에 이미 근무가 열려 있습니다. 새 근무를 시작하기 전에 마감(Z 정산)하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale with receipt number &apos;%1&apos; on this till. Check the number printed on the receipt and try again.</source>
        <translation>이 포스에 영수증 번호 &apos;%1&apos;인 거래가 없습니다. 영수증에 인쇄된 번호를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to refund yet: type how many to return on at least one line.</source>
        <translation>아직 환불할 것이 없습니다. 한 품목 이상에 반품 수량을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; has already been returned in full. Set its return quantity to 0.</source>
        <translation>&apos;%1&apos;은(는) 이미 전부 반품되었습니다. 반품 수량을 0으로 하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 of &apos;%2&apos; can still be returned. Lower the quantity.</source>
        <translation>&apos;%2&apos;은(는) %1까지만 반품할 수 있습니다. 수량을 줄이세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale is empty. Scan or add a product first.</source>
        <translation>거래가 비어 있습니다. 먼저 상품을 스캔하거나 추가하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a lottery code: it has 8 letters or digits. Check the customer&apos;s code.</source>
        <translation>&apos;%1&apos;은(는) 복권 코드가 아닙니다: 8자리 문자 또는 숫자입니다. 고객의 코드를 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lottery code counts only with at least 1 EUR paid by card. Clear the code or pay by card.</source>
        <translation>복권 코드는 카드로 1 EUR 이상 결제할 때만 유효합니다. 코드를 지우거나 카드로 결제하세요.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The till could not do that (%1). Try again, or ask a manager.</source>
        <translation>포스에서 처리하지 못했습니다(%1). 다시 시도하거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong: %1. Try again; if it keeps happening, restart the till.</source>
        <translation>예상치 못한 오류가 발생했습니다: %1. 다시 시도하고, 계속되면 포스를 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>VAT rate %1% has no department on the fiscal register. Set one on the back office&apos;s fiscal page.</source>
        <translation>부가세율 %1%에 금전등록기 부서가 없습니다. 백오피스의 세무 페이지에서 설정하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return needs the reference of the original fiscal slip. Type it on the back office&apos;s fiscal page.</source>
        <translation>이 반품에는 원래 영수증의 참조 번호가 필요합니다. 백오피스의 세무 페이지에서 입력하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type an amount, like 20 or 12.50.</source>
        <translation>금액을 입력하세요(예: 5000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: this currency has no decimals. Type a whole amount, like 1500.</source>
        <translation>&apos;%1&apos;: 이 통화에는 소수점이 없습니다. 1500처럼 정수 금액을 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&apos;%1&apos; has too many decimals: this currency has %n after the decimal mark.</source>
        <translation>
            <numerusform>&apos;%1&apos;의 소수 자릿수가 너무 많습니다. 이 통화는 소수점 아래 %n자리입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an amount. Type it like 20 or 12.50.</source>
        <translation>&apos;%1&apos;은(는) 금액이 아닙니다. 5000처럼 숫자로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_texts.py" line="-13"/>
        <source>The server refused this code: it is wrong, used or expired. Ask the owner for a new one.</source>
        <translation>서버가 이 코드를 거부했습니다. 잘못되었거나, 이미 사용되었거나, 만료된 코드입니다. 점주에게 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error (%1). Try again later.</source>
        <translation>서버가 오류로 응답했습니다(%1). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server at this address. Check the address and the network.</source>
        <translation>이 주소의 서버에 연결할 수 없습니다. 주소와 네트워크를 확인하세요.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Another Bottega window on this computer is syncing this shop&apos;s data. Close it, or wait: this window takes over when it closes.</source>
        <translation>이 컴퓨터의 다른 Bottega 창이 이 매장의 데이터를 동기화하고 있습니다. 그 창을 닫거나 기다리세요. 그 창이 닫히면 이 창이 이어받습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changes made here have not reached the server yet. Press Sync now and try again when none wait, or export them to a file first.</source>
        <translation>여기서 만든 변경 %1건이 아직 서버에 도달하지 않았습니다. 지금 동기화를 누르고 대기 중인 변경이 없을 때 다시 시도하거나, 먼저 파일로 내보내세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer&apos;s clock is %1 min behind the server: correct its date and time.</source>
        <translation>이 컴퓨터의 시계가 서버보다 %1분 느립니다. 날짜와 시간을 맞추세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 min ahead of the server: correct its date and time.</source>
        <translation>이 컴퓨터의 시계가 서버보다 %1분 빠릅니다. 날짜와 시간을 맞추세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>%1 waiting</source>
        <translation>대기 %1건</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No server · %1</source>
        <translation>서버 없음 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced by another Bottega window · %1</source>
        <translation>다른 Bottega 창에서 동기화 중 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online · %1 · synced %2</source>
        <translation>온라인 · %1 · %2 동기화됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting… · %1</source>
        <translation>연결 중… · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1 · last sync %2</source>
        <translation>동기화 오류 · %1 · 마지막 동기화 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline · %1 · last sync %2</source>
        <translation>오프라인 · %1 · 마지막 동기화 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>%1 · shop history %2%</source>
        <translation>%1 · 매장 기록 %2%</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Clock wrong! %1</source>
        <translation>시계 오류! %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Online · %1</source>
        <translation>온라인 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failing · %1</source>
        <translation>동기화 오류 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline since %1 · %2</source>
        <translation>%1부터 오프라인 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline · %1</source>
        <translation>오프라인 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="+43"/>
        <source>Server and sync settings</source>
        <translation>서버 및 동기화 설정</translation>
    </message>
</context>
</TS>
