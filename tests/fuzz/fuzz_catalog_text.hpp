#pragma once
// A small fixed catalogue the case fuzzer checks cases against.
namespace rc {
inline constexpr const char* kFuzzCatalog = R"(<catalog>
  <topic id="pain" label="Pain">
    <question id="pain-site" text="Where is the pain?"><default>In the knee.</default></question>
    <question id="bladder-bowel" text="Bladder or bowel changes?"><default>No.</default></question>
  </topic>
  <exam-group id="neurodynamic" label="Neural tension tests">
    <exam id="slr" label="Straight leg raise" sided="true" hands-on="slr" normal-range="80">
      <normal>Negative.</normal>
      <accuracy target="disc herniation" sens="0.91" spec="0.26" cite="deville-2000"/>
      <bears-on diagnosis="l5-radiculopathy"/>
    </exam>
    <exam id="gait" label="Gait">
      <normal>Normal gait.</normal>
      <accuracy target="stenosis" lr-pos="13" cite="deville-2000"/>
      <bears-on diagnosis="knee-oa"/>
    </exam>
  </exam-group>
  <investigation id="xray-knee" label="Knee X-ray" kind="imaging" cost="40" wait="same-visit" radiation="0.005" image="knee-xray">
    <normal>Normal.</normal>
    <accuracy target="knee OA" note="clinical diagnosis preferred" cite="deville-2000"/>
    <bears-on diagnosis="knee-oa"/>
  </investigation>
  <investigation id="mri-lumbar" label="MRI lumbar" kind="imaging" cost="300" image="spine-mri">
    <normal>Normal.</normal>
    <accuracy target="herniation" note="incidental findings common" cite="deville-2000"/>
    <bears-on diagnosis="l5-radiculopathy"/>
  </investigation>
  <pathway id="conservative" label="Conservative"><about>Exercise first.</about></pathway>
  <pathway id="urgent" label="Urgent"><about>Same day.</about></pathway>
  <part id="education" group="education" label="Education"><about>Explain.</about></part>
  <part id="follow-up-6w" group="follow-up" weeks="6" label="6 weeks"><about>Review.</about></part>
  <diagnosis id="l5-radiculopathy" label="L5 radiculopathy" region="spine" root="L5" sided="true"/>
  <diagnosis id="knee-oa" label="Knee OA" region="knee" sided="true"/>
</catalog>)";
} // namespace rc
