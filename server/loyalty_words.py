"""The words of the loyalty card page in each of our languages; the page speaks the shop's language,
or the phone's (Accept-Language) when it is one of ours. {name} and {percent} are filled in."""
WORDS = {
    "it": dict(hello="Ciao {name}!", points="I tuoi punti", tier="Livello", coupons="I tuoi buoni",
               no_coupons="Nessuno al momento", visits="Ultime visite", no_visits="Ancora nessuna visita",
               off="{amount} di sconto", not_found="Carta non trovata",
               not_found_title="Non troviamo questa carta",
               not_found_text="Il codice potrebbe essere sbagliato, o la carta è stata sostituita da una nuova. "
                              "Chiedi alla cassa: ti aiutiamo volentieri."),
    "hu": dict(hello="Kedves {name}!", points="Az Ön pontjai", tier="Szint", coupons="Az Ön kuponjai",
               no_coupons="Jelenleg nincs", visits="Legutóbbi vásárlások", no_visits="Még nincs vásárlás",
               off="{amount} kedvezmény", not_found="A kártya nem található",
               not_found_title="Nem találjuk ezt a kártyát",
               not_found_text="Lehet, hogy elgépelték a kódot, vagy a kártyát új kártyára cserélték. "
                              "Kérdezzen a pénztárnál: szívesen segítünk."),
    "ko": dict(hello="{name}님, 안녕하세요!", points="내 포인트", tier="등급", coupons="내 쿠폰",
               no_coupons="지금은 없습니다", visits="최근 방문", no_visits="아직 방문 기록이 없습니다",
               off="{amount} 할인", not_found="카드를 찾을 수 없습니다",
               not_found_title="이 카드를 찾을 수 없습니다",
               not_found_text="코드가 잘못 입력되었거나 새 카드로 교체되었을 수 있습니다. 계산대에 문의해 주세요. 기꺼이 도와드리겠습니다."),
    "zh": dict(hello="{name}，您好！", points="我的积分", tier="会员等级", coupons="我的优惠券",
               no_coupons="暂无", visits="最近消费", no_visits="还没有消费记录",
               off="优惠 {amount}", not_found="找不到会员卡",
               not_found_title="找不到这张会员卡",
               not_found_text="可能是代码输入有误，或这张卡已换成新卡。请到收银台咨询，我们乐意为您帮忙。"),
    "en": dict(hello="Hello {name}!", points="Your points", tier="Tier", coupons="Your coupons",
               no_coupons="None right now", visits="Recent visits", no_visits="No visits yet",
               off="{amount} off", not_found="Card not found",
               not_found_title="We could not find this card",
               not_found_text="The code may be mistyped, or the card was replaced by a new one. "
                              "Ask at the counter: we will gladly help."),
}
